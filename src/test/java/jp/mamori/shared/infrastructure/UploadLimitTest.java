package jp.mamori.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.security.Role;
import jp.mamori.support.Api;
import jp.mamori.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An upload over its endpoint's limit is told that endpoint's limit, over HTTP, whichever check stopped it. */
@IntegrationTest
class UploadLimitTest {

    static final int MB = 1024 * 1024;

    @Autowired
    Api api;

    @Test
    void aDocumentOverTheMultipartCeilingIsToldTheDocumentsLimit() {
        // 26 MB and more stops at the multipart ceiling, before any controller (so the case need not exist)
        Api.Response r = api.upload(api.token(Role.MHLW_ADMIN, null), "/api/v1/cases/999999999/documents", new byte[26 * MB + 1], "big.pdf");
        assertThat(r.status()).as(r.body()).isEqualTo(413);
        assertThat(r.json().get("code").asText()).isEqualTo("FILE_TOO_LARGE");
        assertThat(r.json().get("detail").asText()).contains("上限25MB").doesNotContain("10MB");
    }

    @Test
    void aDocumentJustOverItsDeclaredLimitIsToldTheSame() {
        Api.Response r = api.upload(api.token(Role.MHLW_ADMIN, null), "/api/v1/cases/999999999/documents", new byte[25 * MB + 1], "big.pdf");
        assertThat(r.status()).as(r.body()).isEqualTo(413);
        assertThat(r.json().get("detail").asText()).contains("上限25MB");
    }

    @Test
    void anyOtherUploadOverTenMegabytesIsToldItsOwnLimit() {
        Api.Response r = api.upload(api.token(Role.PREFECTURE, "13"), "/api/v1/programs/no-such-program/prefectures/13/nominations",
                new byte[10 * MB + 1], "list.xlsx");
        assertThat(r.status()).as(r.body()).isEqualTo(413);
        assertThat(r.json().get("code").asText()).isEqualTo("FILE_TOO_LARGE");
        assertThat(r.json().get("detail").asText()).contains("上限10MB");
    }
}
