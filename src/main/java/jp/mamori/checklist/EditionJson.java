package jp.mamori.checklist;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.mamori.checklist.domain.ChecklistItem;
import jp.mamori.checklist.domain.Edition;
import jp.mamori.checklist.domain.EditionKind;
import jp.mamori.checklist.domain.Target;

/** An edition in the API's shape (api-survey.md), which is also how the shipped files and the database hold it. */
final class EditionJson {

    private EditionJson() {
    }

    static Map<String, Object> edition(Edition e) {
        Map<String, Object> m = summary(e);
        m.remove("itemCount");
        m.put("items", items(e.items()));
        return m;
    }

    static Map<String, Object> summary(Edition e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("kind", e.kind().name());
        m.put("fiscalYear", e.fiscalYear());
        m.put("title", e.title());
        m.put("itemCount", e.items().size());
        return m;
    }

    static List<Map<String, Object>> items(List<ChecklistItem> items) {
        return items.stream().map(EditionJson::item).toList();
    }

    static Map<String, Object> item(ChecklistItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("displayId", i.displayId());
        m.put("text", i.text());
        m.put("targets", i.targets().stream().map(Target::name).toList());
        m.put("requiredFrom", i.requiredFrom());
        if (!i.requiredFromByTarget().isEmpty()) {
            Map<String, Integer> by = new LinkedHashMap<>();
            i.targets().stream().filter(i.requiredFromByTarget()::containsKey).forEach(t -> by.put(t.name(), i.requiredFromByTarget().get(t)));
            m.put("requiredFromByTarget", by);
        }
        if (i.stage() != null) {
            m.put("stage", i.stage());
        }
        if (i.gate()) {
            m.put("gate", true);
        }
        if (!i.previousIds().isEmpty()) {
            m.put("previousIds", i.previousIds());
        }
        return m;
    }

    static Edition read(JsonNode n) {
        return new Edition(n.path("id").asText(), EditionKind.valueOf(n.path("kind").asText()), n.path("fiscalYear").asInt(),
                n.path("title").asText(), readItems(n.path("items")));
    }

    static List<ChecklistItem> readItems(JsonNode items) {
        List<ChecklistItem> out = new ArrayList<>();
        for (JsonNode i : items) {
            List<Target> targets = new ArrayList<>();
            i.path("targets").forEach(t -> targets.add(Target.valueOf(t.asText())));
            Map<Target, Integer> by = new EnumMap<>(Target.class);
            i.path("requiredFromByTarget").fields().forEachRemaining(f -> by.put(Target.valueOf(f.getKey()), f.getValue().asInt()));
            List<String> previous = new ArrayList<>();
            i.path("previousIds").forEach(p -> previous.add(p.asText()));
            out.add(new ChecklistItem(i.path("id").asText(), i.path("text").asText(), targets,
                    i.hasNonNull("requiredFrom") ? i.get("requiredFrom").asInt() : null, by,
                    i.hasNonNull("stage") ? i.get("stage").asInt() : null, i.path("gate").asBoolean(false), previous));
        }
        return out;
    }
}
