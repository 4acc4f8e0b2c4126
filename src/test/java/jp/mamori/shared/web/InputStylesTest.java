package jp.mamori.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every kind of text input a template uses is drawn like the others (an unlisted type shows the browser's thin line). */
class InputStylesTest {

    private static final Set<String> NOT_TEXT = Set.of("hidden", "submit", "button", "checkbox", "radio", "reset", "image");

    @Test
    void theInputRuleListsEveryInputTypeTheTemplatesUse() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern type = Pattern.compile("<input[^>]*\\stype=\"([a-z-]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = type.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).contains("tel", "email", "date");
        String css = Files.readString(Path.of("src/main/resources/static/css/mamori.css"), StandardCharsets.UTF_8);
        Matcher rule = Pattern.compile("(input\\[type=text\\][^{]*)\\{").matcher(css);
        assertThat(rule.find()).isTrue();
        for (String t : used) {
            if (!NOT_TEXT.contains(t)) {
                assertThat(rule.group(1)).as(t).contains("input[type=" + t + "]");
            }
        }
        assertThat(rule.group(1)).contains("input[type=number]");
    }
}
