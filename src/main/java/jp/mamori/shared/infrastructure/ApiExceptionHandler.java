package jp.mamori.shared.infrastructure;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jp.mamori.shared.ConflictException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.PayloadTooLargeException;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Every API error as application/problem+json (RFC 9457), with a Japanese detail saying what to do. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    public static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String title, String detail,
                                                        List<Problem> errors) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(URI.create("urn:mamori:problem:" + code.toLowerCase().replace('_', '-')));
        body.setTitle(title);
        body.setProperty("code", code);
        if (errors != null) {
            body.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).contentType(PROBLEM).body(body);
    }

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<ProblemDetail> validation(ValidationException e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "VALIDATION_FAILED", "入力内容に誤りがあります",
                e.getMessage(), e.problems());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, e.code(), "現在の状態では実行できません", e.getMessage(),
                List.of(Problem.of(e.code(), e.getMessage())));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "NOT_FOUND", "見つかりません", e.getMessage(), null);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "NOT_FOUND", "見つかりません", "このURLのAPIはありません。", null);
    }

    @ExceptionHandler({PayloadTooLargeException.class, MaxUploadSizeExceededException.class})
    ResponseEntity<ProblemDetail> tooLarge(RuntimeException e) {
        String detail = e instanceof PayloadTooLargeException ? e.getMessage()
                : "ファイルが大きすぎます。上限以下のファイルにしてください。";
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "FILE_TOO_LARGE", "ファイルが大きすぎます", detail,
                List.of(Problem.of("FILE_TOO_LARGE", detail)));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "FORBIDDEN", "権限がありません",
                "この操作を行う権限がありません。担当の範囲（都道府県・病院）を確認してください。", null);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e) {
        List<Problem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Problem.field(f.getField(), "INVALID_VALUE", f.getField() + ": " + f.getDefaultMessage()))
                .toList();
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "VALIDATION_FAILED", "入力内容に誤りがあります",
                "入力内容に誤りがあります。各項目のメッセージを確認してください。", errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "リクエストを読み取れません",
                "リクエスト本文を読み取れません。JSONの形式と各項目の型（日付は YYYY-MM-DD）を確認してください。", null);
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class,
            MethodArgumentTypeMismatchException.class, MultipartException.class})
    ResponseEntity<ProblemDetail> badRequest(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "リクエストに誤りがあります",
                "リクエストに必要な項目がないか、形式が誤っています: " + e.getMessage(), null);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", "この形式は受け付けません",
                "Content-Type が対応していません: " + e.getContentType(), null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", "このメソッドは使えません",
                "このURLでは " + e.getMethod() + " は使えません。", null);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> illegalArgument(IllegalArgumentException e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "INVALID_VALUE", "入力内容に誤りがあります", e.getMessage(),
                List.of(Problem.of("INVALID_VALUE", e.getMessage())));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "システムエラー",
                "処理中にエラーが発生しました。変更は保存されていません。時間をおいて再度お試しください。", null);
    }

}
