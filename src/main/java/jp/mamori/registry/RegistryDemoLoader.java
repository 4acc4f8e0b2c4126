package jp.mamori.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jp.mamori.setup.FirstStart;
import jp.mamori.setup.SetupStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** With MAMORI_DEMO on, the first start (or the next, if it died first) loads the real registry shipped in the jar (see README for sources). */
@Component
@Order(10)
class RegistryDemoLoader implements ApplicationRunner {

    static final String HOSPITALS = "seed/registry/hospitals.csv";
    private static final Logger log = LoggerFactory.getLogger(RegistryDemoLoader.class);

    private final RegistryService service;
    private final Registry registry;
    private final FirstStart firstStart;

    RegistryDemoLoader(RegistryService service, Registry registry, FirstStart firstStart) {
        this.service = service;
        this.registry = registry;
        this.firstStart = firstStart;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        String csv = bundledCsv();
        firstStart.complete(SetupStep.DEMO_REGISTRY, () -> load(csv));
    }

    private void load(String csv) {
        if (registry.hospitalCount() > 0) {
            return;
        }
        long started = System.nanoTime();
        RegistryService.ImportResult result = service.importUnchecked(csv, "demo:" + HOSPITALS);
        log.info("Demo: loaded {} registry hospitals in {} ms ({} check-digit warnings)", result.created(),
                (System.nanoTime() - started) / 1_000_000, result.warnings().size());
    }

    static String bundledCsv() throws IOException {
        try (InputStream in = new ClassPathResource(HOSPITALS).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
