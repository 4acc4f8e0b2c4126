package jp.mamori.shared.infrastructure;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.mamori.shared.web.UploadLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.AntPathMatcher;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The multipart ceiling (application.yml) is raised for the largest declared {@link UploadLimit} (survey documents,
 * 25 MB); every upload is held to its endpoint's declared limit, else to MAMORI_MAX_UPLOAD (10 MB). Over it,
 * UploadLimitHandler answers with the limit of that endpoint, also when the ceiling itself stopped the request.
 */
@Configuration(proxyBeanMethods = false)
class UploadSizeLimit implements WebMvcConfigurer {

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final UploadLimit standard;
    private final List<UploadLimit> declared;

    UploadSizeLimit(@Value("${mamori.max-upload:10MB}") DataSize maxUpload, List<UploadLimit> declared) {
        this.standard = new UploadLimit("/**", maxUpload);
        this.declared = List.copyOf(declared);
    }

    /** The limit of the endpoint this request goes to. */
    UploadLimit limitFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return declared.stream().filter(l -> PATHS.match(l.pathPattern(), path)).findFirst().orElse(standard);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (request instanceof MultipartHttpServletRequest multipart) {
                    long total = multipart.getMultiFileMap().values().stream().flatMap(List::stream)
                            .mapToLong(MultipartFile::getSize).sum();
                    long max = limitFor(request).max().toBytes();
                    if (total > max) {
                        throw new MaxUploadSizeExceededException(max);
                    }
                }
                return true;
            }
        });
    }
}
