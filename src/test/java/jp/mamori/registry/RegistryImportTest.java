package jp.mamori.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import jp.mamori.security.Role;
import jp.mamori.support.Api;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The registry import through the real API and database: encodings, upsert, all or nothing. */
@IntegrationTest
class RegistryImportTest {

    static final String HEADER = "hospital_code,name,prefecture_code,address,beds,disaster_base,acute_care,emergency\n";
    // Codes in prefecture 46 (Kagoshima) that are not in the real registry.
    static final String A = "4699000001";
    static final String B = "4699000002";

    @Autowired
    Api api;
    @Autowired
    TestData data;
    @Autowired
    JdbcClient jdbc;

    String admin;

    @BeforeEach
    void setUp() {
        data.ensureRegistry();
        admin = api.token(Role.MHLW_ADMIN, null);
        jdbc.sql("DELETE FROM hospital WHERE code IN (:c)").param("c", java.util.List.of(A, B)).update();
    }

    JsonNode importCsv(String csv, String contentType, Charset charset, int expectedStatus) {
        Api.Response r = api.send("POST", admin, "/api/v1/hospitals/import", MediaType.parseMediaType(contentType),
                csv.getBytes(charset));
        assertThat(r.status()).as(r.body()).isEqualTo(expectedStatus);
        return r.json();
    }

    @Test
    void createsThenUpdatesByCode() {
        JsonNode first = importCsv(HEADER + A + ",試験病院,46,鹿児島市,100,0,0,0\n" + B + ",第二試験病院,46,,,0,0,0\n",
                "text/csv", StandardCharsets.UTF_8, 200);
        assertThat(first.get("created").asInt()).isEqualTo(2);
        assertThat(first.get("updated").asInt()).isZero();

        JsonNode second = importCsv(HEADER + A + ",試験病院（改称）,46,鹿児島市,120,1,0,0\n" + B + ",第二試験病院,46,,,0,0,0\n",
                "text/csv; charset=UTF-8", StandardCharsets.UTF_8, 200);
        assertThat(second.get("created").asInt()).isZero();
        assertThat(second.get("updated").asInt()).isEqualTo(1);

        JsonNode hospital = api.get(admin, "/api/v1/hospitals/" + A).json();
        assertThat(hospital.get("name").asText()).isEqualTo("試験病院（改称）");
        assertThat(hospital.get("beds").asInt()).isEqualTo(120);
        assertThat(hospital.get("disasterBase").asBoolean()).isTrue();
    }

    @Test
    void readsUtf8WithBom() {
        JsonNode r = importCsv("\uFEFF" + HEADER + A + ",ＢＯＭ付き病院,46,,50,0,0,0\n", "text/csv", StandardCharsets.UTF_8, 200);
        assertThat(r.get("created").asInt()).isEqualTo(1);
        assertThat(api.get(admin, "/api/v1/hospitals/" + A).json().get("name").asText()).isEqualTo("ＢＯＭ付き病院");
    }

    @Test
    void readsShiftJisWhenDeclared() {
        Charset sjis = Charset.forName("Windows-31J");
        JsonNode r = importCsv(HEADER + A + ",髙島屋記念病院①,46,鹿児島県,50,0,0,0\n", "text/csv; charset=Shift_JIS", sjis, 200);
        assertThat(r.get("created").asInt()).isEqualTo(1);
        assertThat(api.get(admin, "/api/v1/hospitals/" + A).json().get("name").asText()).isEqualTo("髙島屋記念病院①");
    }

    @Test
    void refusesShiftJisSentAsUtf8WithAHint() {
        JsonNode r = importCsv(HEADER + A + ",漢字病院,46,,50,0,0,0\n", "text/csv", Charset.forName("Windows-31J"), 422);
        assertThat(r.get("errors").get(0).get("code").asText()).isEqualTo("INVALID_ENCODING");
        assertThat(r.get("errors").get(0).get("message").asText()).contains("Shift_JIS");
    }

    @Test
    void storesNothingWhenAnyRowIsBad() {
        importCsv(HEADER + A + ",元の名前,46,,10,0,0,0\n", "text/csv", StandardCharsets.UTF_8, 200);
        long before = jdbc.sql("SELECT count(*) FROM hospital").query(Long.class).single();

        JsonNode r = importCsv(HEADER + A + ",変えた名前,46,,10,0,0,0\n" + B + ",新しい病院,46,,10,0,0,0\n"
                + "4699000003,,46,,x,0,0,0\n", "text/csv", StandardCharsets.UTF_8, 422);

        assertThat(r.get("errors")).hasSize(2);
        assertThat(r.get("errors").get(0).get("row").asInt()).isEqualTo(4);
        assertThat(r.get("detail").asText()).contains("何も登録していません");
        assertThat(jdbc.sql("SELECT count(*) FROM hospital").query(Long.class).single()).isEqualTo(before);
        assertThat(api.get(admin, "/api/v1/hospitals/" + A).json().get("name").asText()).isEqualTo("元の名前");
        assertThat(api.get(admin, "/api/v1/hospitals/" + B).status()).isEqualTo(404);
    }

    @Test
    void refusesAFileOverTheLimitWith413() {
        byte[] huge = new byte[RegistryApiController.MAX_CSV_BYTES + 10];
        java.util.Arrays.fill(huge, (byte) 'a');
        Api.Response r = api.send("POST", admin, "/api/v1/hospitals/import", MediaType.parseMediaType("text/csv"), huge);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().get("code").asText()).isEqualTo("FILE_TOO_LARGE");
    }

    @Test
    void reportsAnUnknownCharset() {
        Api.Response r = api.send("POST", admin, "/api/v1/hospitals/import",
                MediaType.parseMediaType("text/csv; charset=EUC-JP"), (HEADER).getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("code").asText()).isEqualTo("INVALID_ENCODING");
    }

    @Test
    void theRealRegistryIsLoadedWithoutErrors() {
        assertThat(jdbc.sql("SELECT count(*) FROM hospital WHERE code NOT IN (:c)").param("c", java.util.List.of(A, B))
                .query(Long.class).single()).isEqualTo(6572);
        JsonNode aizen = api.get(admin, "/api/v1/hospitals/0110112489").json();
        assertThat(aizen.get("name").asText()).isEqualTo("医療法人 愛全病院");
        assertThat(aizen.get("beds").asInt()).isEqualTo(495);
    }

    @Test
    void searchesKanaInsensitively() {
        JsonNode katakana = api.get(admin, "/api/v1/hospitals?q=センター&size=500").json();
        JsonNode hiragana = api.get(admin, "/api/v1/hospitals?q=せんたー&size=500").json();
        JsonNode halfWidth = api.get(admin, "/api/v1/hospitals?q=ｾﾝﾀｰ&size=500").json();
        assertThat(katakana.get("total").asLong()).isPositive()
                .isEqualTo(hiragana.get("total").asLong()).isEqualTo(halfWidth.get("total").asLong());
    }

    @Test
    void searchesByCodePrefixPrefectureAndBeds() {
        JsonNode byCode = api.get(admin, "/api/v1/hospitals?q=０１１０１１２４８９").json();
        assertThat(byCode.get("hospitals").get(0).get("hospitalCode").asText()).isEqualTo("0110112489");
        JsonNode big = api.get(admin, "/api/v1/hospitals?prefectureCode=13&minBeds=800&size=500").json();
        assertThat(big.get("total").asLong()).isPositive();
        big.get("hospitals").forEach(h -> {
            assertThat(h.get("prefectureCode").asText()).isEqualTo("13");
            assertThat(h.get("beds").asInt()).isGreaterThanOrEqualTo(800);
        });
    }
}
