package jp.mamori.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import jp.mamori.registry.Hospital;
import jp.mamori.registry.Registry;
import jp.mamori.security.Role;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.support.Api;
import jp.mamori.support.AsUser;
import jp.mamori.support.Forms;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.TestPrograms;
import jp.mamori.support.TestUsers;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Issue item 11: input that used to end in a 500 (or a wrong 413) now names what to fix, and stores nothing. */
@IntegrationTest
class InputLimitsTest {

    static final String FUKUSHIMA = "07";

    @Autowired
    MockMvc mvc;
    @Autowired
    Api api;
    @Autowired
    TestPrograms programs;
    @Autowired
    TestUsers users;
    @Autowired
    Registry registry;
    @Autowired
    NominationService service;
    @Autowired
    JdbcClient jdbc;

    RequestPostProcessor fukushima() {
        String user = users.user(Role.PREFECTURE, FUKUSHIMA);
        return authentication(AsUser.as(user, () -> org.springframework.security.core.context.SecurityContextHolder
                .getContext().getAuthentication()));
    }

    List<Nomination> rows(String pid) {
        return AsUser.as(users.user(Role.PREFECTURE, FUKUSHIMA), () -> service.nominations(pid, new PrefectureCode(FUKUSHIMA)));
    }

    List<Hospital> hospitals(int n) {
        return registry.hospitalsIn(new PrefectureCode(FUKUSHIMA)).stream().filter(h -> h.beds() != null && h.beds() >= 20)
                .limit(n).toList();
    }

    MockHttpServletRequestBuilder row(String pid, Hospital h, String name, String contactName) {
        return post("/programs/" + pid + "/prefectures/" + FUKUSHIMA + "/nominations/row").with(csrf())
                .param("version", "0")
                .param("rank", "1").param("hospitalCode", h.code().value()).param("hospitalName", name)
                .param("beds", "" + h.beds()).param("emr", "全部導入").param("renewalPlanned", "なし")
                .param("previousYear", "なし").param("support", "両方")
                .param("consent", "済").param("contact1Department", "医事課").param("contact1Name", contactName)
                .param("contact1Phone", "024-123-4567").param("contact1Email", "a@example.jp")
                .param("contact2Department", "総務課").param("contact2Name", "斎藤").param("contact2Phone", "024-123-4568")
                .param("contact2Email", "saito@example.jp");
    }

    @Test
    void aTenThousandCharacterNameOrANulOnTheRowPageGivesThePageBackWithTheFieldsError() throws Exception {
        String pid = programs.create(100, Map.of(FUKUSHIMA, 2));
        Hospital h = hospitals(1).get(0);
        mvc.perform(row(pid, h, "病".repeat(10_000), "村上").with(fukushima()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("200文字以内")))
                .andExpect(content().string(Matchers.containsString("10000文字")));
        mvc.perform(row(pid, h, h.name(), "村\u0000上").with(fukushima()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("U+0000")))
                .andExpect(content().string(Matchers.containsString("担当者1氏名")));
        assertThat(rows(pid)).isEmpty();
    }

    @Test
    void aVeryLongJapaneseFileNameIsAcceptedAndStoredShortened() {
        String pid = programs.create(100, Map.of(FUKUSHIMA, 2));
        String token = api.token(Role.PREFECTURE, FUKUSHIMA);
        String name = "福島県支援対象病院リスト".repeat(25) + ".xlsx"; // 305 characters
        assertThat(name.length()).isEqualTo(305);
        byte[] form = Forms.workbook("x", new PrefectureCode(FUKUSHIMA), Forms.eligibleRows(hospitals(2)));
        Api.Response r = api.upload(token, "/api/v1/programs/" + pid + "/prefectures/" + FUKUSHIMA + "/nominations", form, name);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        String stored = jdbc.sql("SELECT file_name FROM nomination_list WHERE program_id = :p AND prefecture_code = :f")
                .param("p", pid).param("f", FUKUSHIMA).query(String.class).single();
        assertThat(stored).hasSize(255).startsWith("福島県支援対象病院リスト").endsWith("….xlsx");
    }

    @Test
    void aPrefectureThatDoesNotExistInThePathIsNotFoundNeverA500() throws Exception {
        String pid = programs.create(100, Map.of(FUKUSHIMA, 2));
        String admin = users.user(Role.MHLW_ADMIN, null);
        RequestPostProcessor asAdmin = authentication(AsUser.as(admin, () -> org.springframework.security.core.context
                .SecurityContextHolder.getContext().getAuthentication()));
        mvc.perform(get("/programs/" + pid + "/prefectures/99/nominations").with(asAdmin)).andExpect(status().isNotFound());

        String token = api.token(Role.MHLW_ADMIN, null);
        Api.Response r = api.get(token, "/api/v1/programs/" + pid + "/prefectures/99/nominations");
        assertThat(r.status()).as(r.body()).isEqualTo(404);
        assertThat(r.json().get("detail").asText()).contains("99").contains("都道府県コード");
        Api.Response noProgram = api.get(token, "/api/v1/programs/NOPE-" + pid + "/prefectures/07/nominations");
        assertThat(noProgram.status()).isEqualTo(404);
        assertThat(noProgram.json().get("code").asText()).isEqualTo("NOT_FOUND");
    }
}
