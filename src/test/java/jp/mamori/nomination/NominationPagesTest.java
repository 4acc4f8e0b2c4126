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
import jp.mamori.support.AsUser;
import jp.mamori.support.TestPrograms;
import jp.mamori.support.TestUsers;
import jp.mamori.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Page edits: add, change, reorder and remove rows as a draft with the form's checks, then submit. */
@IntegrationTest
class NominationPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPrograms programs;
    @Autowired
    TestUsers users;
    @Autowired
    Registry registry;
    @Autowired
    NominationService service;

    RequestPostProcessor as(Role role, String scope) {
        String user = users.user(role, scope);
        return authentication(AsUser.as(user, () -> org.springframework.security.core.context.SecurityContextHolder
                .getContext().getAuthentication()));
    }

    int version(String pid) {
        return AsUser.as(users.user(Role.PREFECTURE, "06"), () -> service.list(pid, new PrefectureCode("06"))
                .map(NominationList::version).orElse(0));
    }

    List<Nomination> rows(String pid) {
        return AsUser.as(users.user(Role.PREFECTURE, "06"), () -> service.nominations(pid, new PrefectureCode("06")));
    }

    MockHttpServletRequestBuilder row(String pid, Hospital h, int rank, String email) {
        return post("/programs/" + pid + "/prefectures/06/nominations/row").with(csrf())
                .param("version", "" + version(pid))
                .param("rank", "" + rank).param("hospitalCode", h.code().value()).param("hospitalName", h.name())
                .param("beds", "" + h.beds()).param("emr", "一部導入").param("renewalPlanned", "あり")
                .param("onsiteExpectedBy", "令和8年1月").param("previousYear", "なし").param("support", "両方")
                .param("consent", "済").param("contact1Department", "医事課").param("contact1Name", "村上")
                .param("contact1Phone", "023-123-4567").param("contact1Email", email)
                .param("contact2Department", "総務課").param("contact2Name", "斎藤").param("contact2Phone", "023-123-4568")
                .param("contact2Email", "saito@example.jp");
    }

    @Test
    void rowsAreEditedAsADraftWithTheFormsChecksAndThenSubmitted() throws Exception {
        String pid = programs.create(100, Map.of("06", 2));
        RequestPostProcessor yamagata = as(Role.PREFECTURE, "06");
        List<Hospital> hs = registry.hospitalsIn(new PrefectureCode("06")).stream()
                .filter(h -> h.beds() != null && h.beds() >= 20).limit(3).toList();

        mvc.perform(get("/programs/" + pid + "/prefectures/06/nominations/new").with(yamagata))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"rank\" name=\"rank\" type=\"text\" value=\"1\"")))
                .andExpect(content().string(Matchers.containsString("<option value=\"全部導入\">")))
                .andExpect(content().string(Matchers.containsString("<option value=\"事前調査資料提出後辞退\">")));

        // a mistake comes back on the same page, nothing stored
        mvc.perform(row(pid, hs.get(0), 1, "murakami-at-example.jp").with(yamagata))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("メールアドレスの形式が正しくありません")));
        assertThat(rows(pid)).isEmpty();

        for (int i = 0; i < 3; i++) {
            mvc.perform(row(pid, hs.get(i), i + 1, "murakami@example.jp").with(yamagata)).andExpect(status().is3xxRedirection());
        }
        assertThat(rows(pid)).extracting(n -> n.hospital().value())
                .containsExactly(hs.get(0).code().value(), hs.get(1).code().value(), hs.get(2).code().value());
        assertThat(rows(pid).get(0).row().onsiteExpectedBy()).isEqualTo(java.time.LocalDate.of(2026, 1, 31));
        assertThat(AsUser.as(users.user(Role.PREFECTURE, "06"), () -> service.list(pid, new PrefectureCode("06")))
                .orElseThrow().status()).isEqualTo(NominationList.Status.DRAFT);

        mvc.perform(post("/programs/" + pid + "/prefectures/06/nominations/" + hs.get(2).code().value() + "/move")
                .with(csrf()).with(yamagata).param("direction", "up").param("version", "" + version(pid)));
        assertThat(rows(pid)).extracting(n -> n.hospital().value())
                .containsExactly(hs.get(0).code().value(), hs.get(2).code().value(), hs.get(1).code().value());

        mvc.perform(post("/programs/" + pid + "/prefectures/06/nominations/" + hs.get(0).code().value() + "/remove")
                .with(csrf()).with(yamagata).param("version", "" + version(pid)));
        assertThat(rows(pid)).hasSize(2);

        // a stale page (old version) is refused, not merged
        int stale = version(pid) - 1;
        mvc.perform(post("/programs/" + pid + "/prefectures/06/submit").with(csrf()).with(yamagata).param("version", "" + stale))
                .andExpect(status().is3xxRedirection());
        assertThat(AsUser.as(users.user(Role.PREFECTURE, "06"), () -> service.list(pid, new PrefectureCode("06")))
                .orElseThrow().status()).isEqualTo(NominationList.Status.DRAFT);

        mvc.perform(post("/programs/" + pid + "/prefectures/06/submit").with(csrf()).with(yamagata).param("version", "" + version(pid)))
                .andExpect(status().is3xxRedirection());
        assertThat(AsUser.as(users.user(Role.PREFECTURE, "06"), () -> service.list(pid, new PrefectureCode("06")))
                .orElseThrow().status()).isEqualTo(NominationList.Status.SUBMITTED);

        mvc.perform(get("/programs/" + pid + "/submissions").with(as(Role.MHLW_ADMIN, null)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("提出済み")))
                .andExpect(content().string(Matchers.containsString("未着手")));
    }

    @Test
    void anotherPrefectureCannotEditTheList() throws Exception {
        String pid = programs.create(100, Map.of("06", 2));
        Hospital h = registry.hospitalsIn(new PrefectureCode("06")).get(0);
        mvc.perform(row(pid, h, 1, "x@example.jp").with(as(Role.PREFECTURE, "05"))).andExpect(status().isForbidden());
        mvc.perform(get("/programs/" + pid + "/prefectures/06/nominations").with(as(Role.PREFECTURE, "05")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/programs/" + pid + "/submissions").with(as(Role.PREFECTURE, "06"))).andExpect(status().isForbidden());
    }
}
