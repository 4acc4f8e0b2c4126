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
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingPathVariableException;
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

    @ExceptionHandler(jp.mamori.shared.UnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(jp.mamori.shared.UnavailableException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, e.code(), "一時的に実行できません", e.getMessage(),
                List.of(Problem.of(e.code(), e.getMessage())));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "NOT_FOUND", "見つかりません", e.getMessage(), null);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e, HttpServletRequest request) {
        return forStatus(HttpStatus.NOT_FOUND, request.getMethod(), request.getRequestURI());
    }

    @ExceptionHandler({PayloadTooLargeException.class, MaxUploadSizeExceededException.class})
    ResponseEntity<ProblemDetail> tooLarge(RuntimeException e) {
        String detail = e instanceof PayloadTooLargeException ? e.getMessage()
                : "ファイルが大きすぎます。上限以下のファイルにしてください。";
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "FILE_TOO_LARGE", "ファイルが大きすぎます", detail,
                List.of(Problem.of("FILE_TOO_LARGE", detail)));
    }

    @ExceptionHandler(jp.mamori.shared.ForbiddenException.class)
    ResponseEntity<ProblemDetail> forbidden(jp.mamori.shared.ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, e.code(), "権限がありません", e.getMessage(),
                List.of(Problem.of(e.code(), e.getMessage())));
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

    @ExceptionHandler({HttpMessageNotReadableException.class, MissingServletRequestParameterException.class,
            MissingServletRequestPartException.class, MethodArgumentTypeMismatchException.class, MultipartException.class,
            HttpMediaTypeNotSupportedException.class, HttpMediaTypeNotAcceptableException.class,
            HttpRequestMethodNotSupportedException.class, MissingPathVariableException.class})
    ResponseEntity<ProblemDetail> standard(Exception e, HttpServletRequest request) {
        return forStandard(e, request);
    }

    /** Spring MVC's own request errors in our words; null for any other exception. Also used by {@link ApiErrorController}. */
    static ResponseEntity<ProblemDetail> forStandard(Exception e, HttpServletRequest request) {
        if (e instanceof HttpMessageNotReadableException) {
            return problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "リクエストを読み取れません",
                    "リクエスト本文を読み取れません。JSONの形式と各項目の型（日付は YYYY-MM-DD）を確認してください。", null);
        }
        if (e instanceof MissingServletRequestParameterException m) {
            String detail = "パラメータ「" + m.getParameterName() + "」を指定してください。";
            return problem(HttpStatus.BAD_REQUEST, "MISSING_PARAMETER", "パラメータがありません", detail,
                    List.of(Problem.field(m.getParameterName(), "MISSING_PARAMETER", detail)));
        }
        if (e instanceof MissingServletRequestPartException m) {
            String detail = "multipart の項目「" + m.getRequestPartName() + "」（ファイル）を送ってください。";
            return problem(HttpStatus.BAD_REQUEST, "MISSING_PARAMETER", "パラメータがありません", detail,
                    List.of(Problem.field(m.getRequestPartName(), "MISSING_PARAMETER", detail)));
        }
        if (e instanceof MethodArgumentTypeMismatchException m) {
            String detail = "パラメータ「" + m.getName() + "」の値「" + m.getValue() + "」は使えません。"
                    + expectedForm(m.getRequiredType()) + "で指定してください。";
            return problem(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER", "パラメータの形式が誤っています", detail,
                    List.of(Problem.field(m.getName(), "INVALID_PARAMETER", detail)));
        }
        if (e instanceof MissingPathVariableException m) {
            return problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "リクエストに誤りがあります",
                    "URLの「" + m.getVariableName() + "」の部分がありません。", null);
        }
        if (e instanceof MultipartException) {
            return problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "リクエストに誤りがあります",
                    "ファイルを multipart/form-data の項目 file として送ってください。", null);
        }
        if (e instanceof HttpMediaTypeNotSupportedException m) {
            return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", "この形式は受け付けません",
                    "Content-Type「" + m.getContentType() + "」には対応していません。使える形式: "
                            + m.getSupportedMediaTypes().stream().map(Object::toString).collect(java.util.stream.Collectors.joining(", "))
                            + "。", null);
        }
        if (e instanceof HttpMediaTypeNotAcceptableException) {
            return problem(HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE", "この形式では返せません",
                    "Accept で指定された形式では返せません。application/json を受け付けるようにしてください。", null);
        }
        if (e instanceof HttpRequestMethodNotSupportedException m) {
            return problem(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", "このメソッドは使えません",
                    "このURLでは " + m.getMethod() + " は使えません。使えるメソッド: "
                            + (m.getSupportedHttpMethods() == null ? "なし" : m.getSupportedHttpMethods().stream()
                            .map(Object::toString).collect(java.util.stream.Collectors.joining(", "))) + "。", null);
        }
        if (e instanceof NoResourceFoundException) {
            Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
            return forStatus(HttpStatus.NOT_FOUND, request.getMethod(),
                    original instanceof String uri ? uri : request.getRequestURI());
        }
        return null;
    }

    /** A bare status, as the servlet's error page or a filter leaves it. */
    static ResponseEntity<ProblemDetail> forStatus(HttpStatus status, String method, String uri) {
        return switch (status) {
            case BAD_REQUEST -> problem(status, "MALFORMED_REQUEST", "リクエストに誤りがあります",
                    "リクエストの形式が誤っています。URL・パラメータ・本文を確認してください。", null);
            case UNAUTHORIZED -> problem(status, "UNAUTHORIZED", "認証が必要です",
                    "認証が必要です。POST /api/v1/auth/token で取得したトークンを Authorization: Bearer で送ってください。", null);
            case FORBIDDEN -> problem(status, "FORBIDDEN", "権限がありません",
                    "この操作を行う権限がありません。担当の範囲（都道府県・病院）を確認してください。", null);
            case NOT_FOUND -> problem(status, "NOT_FOUND", "見つかりません",
                    "このURL（" + uri + "）のAPIはありません。/v3/api-docs で使えるURLを確認してください。", null);
            case METHOD_NOT_ALLOWED -> problem(status, "METHOD_NOT_ALLOWED", "このメソッドは使えません",
                    "このURLでは " + method + " は使えません。", null);
            case NOT_ACCEPTABLE -> problem(status, "NOT_ACCEPTABLE", "この形式では返せません",
                    "Accept で指定された形式では返せません。application/json を受け付けるようにしてください。", null);
            // a bare status does not say which endpoint's limit applied
            case PAYLOAD_TOO_LARGE -> problem(status, "FILE_TOO_LARGE", "ファイルが大きすぎます", UploadLimitHandler.WITHOUT_LIMIT,
                    List.of(Problem.of("FILE_TOO_LARGE", UploadLimitHandler.WITHOUT_LIMIT)));
            case UNSUPPORTED_MEDIA_TYPE -> problem(status, "UNSUPPORTED_MEDIA_TYPE", "この形式は受け付けません",
                    "Content-Type が対応していません。", null);
            case INTERNAL_SERVER_ERROR -> problem(status, "INTERNAL_ERROR", "システムエラー",
                    "処理中にエラーが発生しました。変更は保存されていません。時間をおいて再度お試しください。", null);
            default -> problem(status, "HTTP_" + status.value(), "リクエストを処理できません",
                    "リクエストを処理できませんでした（HTTP " + status.value() + "）。", null);
        };
    }

    /** The form a parameter must have, in words users know, never a Java class name. */
    static String expectedForm(Class<?> type) {
        if (type == null) {
            return "正しい形式";
        }
        if (type == java.time.LocalDate.class) {
            return "日付（YYYY-MM-DD、例 2025-07-18）";
        }
        if (type == java.time.OffsetDateTime.class || type == java.time.Instant.class || type == java.time.ZonedDateTime.class) {
            return "日時（ISO-8601、例 2025-07-18T09:00:00+09:00）";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "整数";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true または false";
        }
        if (type.isEnum()) {
            return java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(java.util.stream.Collectors.joining(" / ", "次のいずれか（", "）"));
        }
        return "正しい形式";
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
