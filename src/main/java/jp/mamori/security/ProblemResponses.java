package jp.mamori.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** 401 and 403 for the API as problem+json, before any controller runs. */
@Component
class ProblemResponses {

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    AuthenticationEntryPoint entryPoint() {
        return (request, response, e) -> unauthorized(response,
                "認証が必要です。POST /api/v1/auth/token で取得したトークンを Authorization: Bearer で送ってください。");
    }

    AccessDeniedHandler accessDeniedHandler() {
        return (request, response, e) -> write(response, 403, "FORBIDDEN", "権限がありません",
                "この操作を行う権限がありません。担当の範囲（都道府県・病院）を確認してください。");
    }

    void unauthorized(HttpServletResponse response, String detail) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        write(response, 401, "UNAUTHORIZED", "認証が必要です", detail);
    }

    private void write(HttpServletResponse response, int status, String code, String title, String detail) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:mamori:problem:" + code.toLowerCase());
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("code", code);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }

}
