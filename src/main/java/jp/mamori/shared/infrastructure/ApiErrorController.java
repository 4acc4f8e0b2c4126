package jp.mamori.shared.infrastructure;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * What no controller answered (an unknown path, a wrong method, a filter's failure) reaches the servlet's
 * error page. Pages keep Spring's error view; every other caller gets the same Japanese problem+json as
 * {@link ApiExceptionHandler} gives, never Spring's default body.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ApiErrorController extends BasicErrorController {

    private final ErrorAttributes errors;

    ApiErrorController(ErrorAttributes errors, ServerProperties server, ObjectProvider<ErrorViewResolver> resolvers) {
        super(errors, server.getError(), resolvers.orderedStream().toList());
        this.errors = errors;
    }

    @Override
    @SuppressWarnings("unchecked")
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        Throwable error = errors.getError(new ServletWebRequest(request));
        ResponseEntity<ProblemDetail> problem = error instanceof Exception e ? ApiExceptionHandler.forStandard(e, request) : null;
        if (problem == null || problem.getStatusCode().value() != status.value()) {
            problem = ApiExceptionHandler.forStatus(status, request.getMethod(),
                    (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        }
        ProblemDetail body = problem.getBody();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", body.getType().toString());
        map.put("title", body.getTitle());
        map.put("status", body.getStatus());
        map.put("detail", body.getDetail());
        if (body.getProperties() != null) {
            map.putAll(body.getProperties());
        }
        return ResponseEntity.status(status).headers(problem.getHeaders()).body(map);
    }
}
