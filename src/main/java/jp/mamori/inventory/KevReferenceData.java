package jp.mamori.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jp.mamori.inventory.domain.KevAlias;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Reference data, on every start whatever MAMORI_DEMO says: the KEV catalogue shipped in the jar when it is newer
 * than the stored one (a ministry upload of a later one stays), and the shipped aliases beside the ministry's.
 */
@Component
@Order(20)
class KevReferenceData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(KevReferenceData.class);
    static final String CATALOGUE = "reference/kev/known_exploited_vulnerabilities.json";
    static final String ALIASES = "reference/kev/aliases.json";

    private final KevCatalogue catalogue;

    KevReferenceData(KevCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void run(ApplicationArguments args) {
        catalogue.loadShipped(read(CATALOGUE), KevAliasFile.parse(read(ALIASES), KevAlias.Origin.SHIPPED))
                .ifPresent(l -> log.info("KEV catalogue {} ({} entries) in force; {} new suggestions",
                        l.load().catalogVersion(), l.load().count(), l.newSuggestions()));
    }

    static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
