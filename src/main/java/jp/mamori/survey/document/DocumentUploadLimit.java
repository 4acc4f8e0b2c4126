package jp.mamori.survey.document;

import jp.mamori.shared.web.UploadLimit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Survey documents may be as large as the vault accepts (mamori.documents.max-size), not the 10 MB of other uploads. */
@Configuration(proxyBeanMethods = false)
class DocumentUploadLimit {

    @Bean
    UploadLimit documentUploads(DocumentSettings settings) {
        return new UploadLimit("/api/v1/cases/*/documents", settings.maxSize());
    }
}
