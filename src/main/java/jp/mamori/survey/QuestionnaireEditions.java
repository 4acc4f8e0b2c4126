package jp.mamori.survey;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.mamori.survey.domain.ItemType;
import jp.mamori.survey.domain.QuestionnaireEdition;
import jp.mamori.survey.domain.QuestionnaireItem;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The questionnaire editions, read from {@code reference/questionnaire/*.json} on every start: reference data
 * shipped with the application (whatever MAMORI_DEMO says), so a corrected edition needs no migration.
 */
@Component
public class QuestionnaireEditions {

    private final Map<String, QuestionnaireEdition> editions = new LinkedHashMap<>();

    QuestionnaireEditions(ObjectMapper json) {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:reference/questionnaire/*.json");
            List<QuestionnaireEdition> read = new ArrayList<>();
            for (Resource f : files) {
                try (InputStream in = f.getInputStream()) {
                    read.add(edition(json.readTree(in), f.getFilename()));
                }
            }
            read.sort(Comparator.comparing(QuestionnaireEdition::fiscalYear).thenComparing(QuestionnaireEdition::id));
            read.forEach(e -> editions.put(e.id(), e));
        } catch (IOException e) {
            throw new UncheckedIOException("questionnaire editions unreadable", e);
        }
    }

    public List<QuestionnaireEdition> all() {
        return List.copyOf(editions.values());
    }

    public Optional<QuestionnaireEdition> find(String id) {
        return Optional.ofNullable(editions.get(id));
    }

    /** The edition a program of this fiscal year asks: the latest of that year. */
    public Optional<QuestionnaireEdition> forFiscalYear(int fiscalYear) {
        return editions.values().stream().filter(e -> e.fiscalYear() == fiscalYear).reduce((a, b) -> b);
    }

    private static QuestionnaireEdition edition(JsonNode n, String file) {
        List<QuestionnaireItem> items = new ArrayList<>();
        for (JsonNode i : n.path("items")) {
            List<String> choices = new ArrayList<>();
            i.path("choices").forEach(c -> choices.add(c.asText()));
            items.add(new QuestionnaireItem(i.path("id").asText(), i.path("text").asText(),
                    ItemType.valueOf(i.path("type").asText()), choices, i.path("required").asBoolean(false)));
        }
        if (!n.hasNonNull("id") || items.isEmpty()) {
            throw new IllegalStateException("questionnaire edition " + file + " has no id or no items");
        }
        return new QuestionnaireEdition(n.get("id").asText(), n.path("fiscalYear").asInt(), n.path("title").asText(), items);
    }
}
