package jp.mamori.shared.infrastructure;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The multipart ceiling is raised so a 25 MB survey document reaches the vault (which enforces its own limit);
 * every other upload keeps MAMORI_MAX_UPLOAD (10 MB), answered by UploadLimitHandler exactly as before.
 */
@Configuration(proxyBeanMethods = false)
class UploadSizeLimit implements WebMvcConfigurer {

    /** Survey document uploads: limited by the document vault (mamori.documents.max-size). */
    static final String DOCUMENT_UPLOADS = "/api/v1/cases/*/documents";

    private final long maxBytes;

    UploadSizeLimit(@Value("${mamori.max-upload:10MB}") DataSize maxUpload) {
        this.maxBytes = maxUpload.toBytes();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (request instanceof MultipartHttpServletRequest multipart) {
                    long total = multipart.getMultiFileMap().values().stream().flatMap(java.util.List::stream)
                            .mapToLong(MultipartFile::getSize).sum();
                    if (total > maxBytes) {
                        throw new MaxUploadSizeExceededException(maxBytes);
                    }
                }
                return true;
            }
        }).excludePathPatterns(DOCUMENT_UPLOADS);
    }
}
