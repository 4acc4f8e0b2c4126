package jp.mamori.survey.document;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The scanner the vault uses, as a bean of its own so the vault never decides how uploads are scanned. */
@Configuration(proxyBeanMethods = false)
class ScannerConfig {

    @Bean
    VirusScanner virusScanner(DocumentSettings settings) {
        return scannerFor(settings.clamav());
    }

    static VirusScanner scannerFor(DocumentSettings.Clamav clamav) {
        return clamav.configured()
                ? new ClamdScanner(clamav.host().trim(), clamav.port(), clamav.connectTimeout(), clamav.readTimeout())
                : VirusScanner.NONE;
    }
}
