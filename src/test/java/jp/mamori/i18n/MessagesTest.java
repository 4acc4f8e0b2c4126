package jp.mamori.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Pages are Japanese first and English second, with no literal text in templates. */
class MessagesTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)");
    /** Attributes people read: they must come from the bundles too. */
    static final Pattern LITERAL_ATTRIBUTE = Pattern.compile("\\s(placeholder|title|alt|aria-label|value|data-confirm)=\"([^\"]*)\"");

    static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources", name)), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    static List<Path> templates() throws IOException {
        try (Stream<Path> s = Files.walk(TEMPLATES)) {
            return s.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

    @Test
    void bundlesHaveTheSameKeys() throws IOException {
        Set<String> ja = new TreeSet<>(bundle("messages.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(bundle("messages_en.properties").stringPropertyNames());
        assertThat(en).as("keys in Japanese but not English").containsAll(ja);
        assertThat(ja).as("keys in English but not Japanese").containsAll(en);
    }

    @Test
    void noBundleValueIsEmpty() throws IOException {
        for (String name : List.of("messages.properties", "messages_en.properties")) {
            Properties p = bundle(name);
            assertThat(p.stringPropertyNames()).allSatisfy(k -> assertThat(p.getProperty(k)).as(name + " " + k).isNotBlank());
        }
    }

    @Test
    void everyStaticKeyUsedInTemplatesExists() throws IOException {
        Properties ja = bundle("messages.properties");
        List<String> missing = new ArrayList<>();
        for (Path t : templates()) {
            Matcher m = KEY.matcher(Files.readString(t));
            while (m.find()) {
                String key = m.group(1);
                // keys built at runtime (#{'role.' + ${r}}) end in a dot; they are checked below
                if (!key.endsWith(".") && !ja.containsKey(key)) {
                    missing.add(t.getFileName() + ": " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void dynamicKeysExistForEveryValue() throws IOException {
        Properties ja = bundle("messages.properties");
        for (String role : List.of("MHLW_ADMIN", "PREFECTURE", "HOSPITAL", "CONTRACTOR", "AUDITOR")) {
            assertThat(ja).containsKey("role." + role);
        }
        for (String reason : List.of("bad", "locked", "disabled")) {
            assertThat(ja).containsKey("login.error." + reason);
        }
        enumKeys(ja, "status.", jp.mamori.selection.domain.DecisionStatus.values());
        enumKeys(ja, "slot.", jp.mamori.selection.domain.Slot.values());
        enumKeys(ja, "origin.", jp.mamori.selection.domain.Origin.values());
        enumKeys(ja, "submission.", jp.mamori.nomination.SubmissionState.values());
        enumKeys(ja, "priority.", jp.mamori.shared.PriorityKey.values());
        enumKeys(ja, "program.ruleSet.", jp.mamori.shared.RuleSet.values());
        for (String event : List.of("NominationsSubmitted", "PrefectureFilled", "AllPrefecturesFilled", "NationalFilled",
                "HospitalWithdrawn", "HospitalDesignated")) {
            assertThat(ja).containsKey("event." + event);
        }
    }

    static void enumKeys(Properties bundle, String prefix, Enum<?>[] values) {
        for (Enum<?> v : values) {
            assertThat(bundle).as(prefix + v.name()).containsKey(prefix + v.name());
        }
    }

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path t : templates()) {
            String html = Files.readString(t);
            String text = html.replaceAll("(?s)<!--.*?-->", "")
                    .replaceAll("(?s)<script.*?</script>", "")
                    .replaceAll("(?s)<style.*?</style>", "")
                    .replaceAll("(?s)<pre[^>]*th:text.*?</pre>", "")
                    .replaceAll("(?s)<code>[^<]*</code>", "")
                    .replaceAll("<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", "\n");
            for (String line : text.split("\n")) {
                String s = line.strip();
                if (!s.isEmpty() && s.codePoints().anyMatch(Character::isLetter)) {
                    literals.add(TEMPLATES.relativize(t) + ": " + s);
                }
            }
            Matcher a = LITERAL_ATTRIBUTE.matcher(html);
            while (a.find()) {
                String value = a.group(2);
                if (a.group(1).equals("value") || value.isBlank()) {
                    continue;
                }
                if (value.codePoints().anyMatch(Character::isLetter)) {
                    literals.add(TEMPLATES.relativize(t) + ": " + a.group(1) + "=\"" + value + "\"");
                }
            }
        }
        assertThat(literals).as("text in templates must come from messages*.properties").isEmpty();
    }
}
