package jp.mamori.checklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import jp.mamori.checklist.domain.Edition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** Reference data on every start whatever MAMORI_DEMO says: the editions of {@code reference/checklists/*.json}. */
@Component
@Order(20)
class ChecklistReferenceData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ChecklistReferenceData.class);

    private final ChecklistEditions editions;
    private final ObjectMapper json;

    ChecklistReferenceData(ChecklistEditions editions, ObjectMapper json) {
        this.editions = editions;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        int added = editions.loadShipped(shipped());
        if (added > 0) {
            log.info("{} checklist editions added from the shipped reference data", added);
        }
    }

    List<Edition> shipped() {
        List<Edition> out = new ArrayList<>();
        try {
            for (Resource f : new PathMatchingResourcePatternResolver().getResources("classpath*:reference/checklists/*.json")) {
                try (InputStream in = f.getInputStream()) {
                    out.add(EditionJson.read(json.readTree(in)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("checklist editions unreadable", e);
        }
        return out;
    }
}
