package jp.mamori.shared.infrastructure;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jp.mamori.shared.Problem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the limit fails before any controller is chosen, so it is answered here:
 * problem+json 413 FILE_TOO_LARGE for the API, the error page for people.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitHandler {

    private final UploadSizeLimit limits;

    UploadLimitHandler(UploadSizeLimit limits) {
        this.limits = limits;
    }

    static final String WITHOUT_LIMIT = "ファイルが大きすぎます。不要なシートや画像を削除して、上限以下の大きさで保存し直してください。";

    /** Says the limit of the endpoint asked, not the ceiling that may have stopped the request. */
    static String message(String limit) {
        return "ファイルが大きすぎます（上限" + limit + "）。不要なシートや画像を削除して保存し直してください。";
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request) {
        if (request.getRequestURI().startsWith("/api/")) {
            String message = message(limits.limitFor(request).label());
            return ApiExceptionHandler.problem(HttpStatus.PAYLOAD_TOO_LARGE, "FILE_TOO_LARGE", "ファイルが大きすぎます", message,
                    List.of(Problem.of("FILE_TOO_LARGE", message)));
        }
        ModelAndView page = new ModelAndView("error");
        page.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
        page.addObject("status", 413);
        return page;
    }
}
