package jp.mamori.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jp.mamori.registry.Registry;
import jp.mamori.registry.RegistryService;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Loads the real registry into the test database once. */
@Component
public class TestData {

    private final Registry registry;
    private final RegistryService registryService;

    TestData(Registry registry, RegistryService registryService) {
        this.registry = registry;
        this.registryService = registryService;
    }

    public synchronized void ensureRegistry() {
        if (registry.hospitalCount() < 6000) {
            registryService.importUnchecked(bundledRegistry(), "test");
        }
    }

    public static String bundledRegistry() {
        try (InputStream in = new ClassPathResource("seed/registry/hospitals.csv").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
