package jp.mamori.survey.document;

import java.time.Duration;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The vault's scanner in the shared test context: what the settings give (none) until an HTTP test points it at a
 * clamd (a real one from {@link TestClamd}, or a port nobody listens on), and back after it.
 */
@Component
@Primary
public class SwitchableScanner implements VirusScanner {

    private final VirusScanner configured;
    private volatile VirusScanner current;

    SwitchableScanner(DocumentSettings settings) {
        this.configured = ScannerConfig.scannerFor(settings.clamav());
        this.current = configured;
    }

    /** Uploads are scanned by the clamd on 127.0.0.1 at {@code port}, exactly as MAMORI_CLAMAV_HOST/PORT would set it. */
    public void useClamdAt(int port) {
        current = new ClamdScanner("127.0.0.1", port, Duration.ofSeconds(2), Duration.ofSeconds(30));
    }

    public void reset() {
        current = configured;
    }

    @Override
    public void scan(byte[] content) {
        current.scan(content);
    }
}
