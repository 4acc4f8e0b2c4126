package jp.mamori.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.mamori.security.Role;
import jp.mamori.support.Api;
import jp.mamori.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** PUT /api/v1/cases/{id}/contacts per role: the hospital and the assigned contractor only, checked like the form. */
@IntegrationTest
class CaseContactsTest extends CaseFixture {

    static Map<String, Object> contact(String name, String phone, String email) {
        return Map.of("department", "情報システム課", "name", name, "phone", phone, "email", email);
    }

    Api.Response put(String token, long id, List<Map<String, Object>> contacts) {
        return api.put(token, "/api/v1/cases/" + id + "/contacts", Map.of("contacts", contacts));
    }

    @Test
    void theHospitalAndTheAssignedContractorReplaceTheContactsAndTheCaseShowsThem() {
        assertThat(assign(admin, caseId(0), subA, null, null).status()).isEqualTo(200);
        String hospital = api.token(Role.HOSPITAL, hospitalOf(0));
        JsonNode before = api.get(hospital, "/api/v1/cases/" + caseId(0)).json();
        assertThat(before.get("contacts").size()).as("the nomination's contacts to start with").isGreaterThanOrEqualTo(2);

        Api.Response r = put(hospital, caseId(0), List.of(contact("山田 太郎", "03-1234-5678", "ｙａｍａｄａ＠hospital.example.jp")));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("contacts")).hasSize(1);
        assertThat(r.json().get("contacts").get(0).get("email").asText()).isEqualTo("yamada@hospital.example.jp");
        JsonNode after = api.get(token(subAStaff), "/api/v1/cases/" + caseId(0)).json();
        assertThat(after.get("contacts").get(0).get("name").asText()).isEqualTo("山田 太郎");
        assertThat(after.get("history").findValuesAsText("what")).contains("CONTACTS");

        Api.Response byContractor = put(token(subAStaff), caseId(0), List.of(contact("佐藤 花子", "0612345678", "sato@hospital.example.jp"),
                contact("鈴木 一郎", "090-1234-5678", "suzuki@hospital.example.jp")));
        assertThat(byContractor.status()).as(byContractor.body()).isEqualTo(200);
        assertThat(byContractor.json().get("contacts")).hasSize(2);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'SURVEY_CASE_CONTACTS' AND entity_id = :id")
                .param("id", String.valueOf(caseId(0))).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void othersAreRefusedAndBadContactsSayWhatToFix() {
        assertThat(assign(admin, caseId(0), subA, null, null).status()).isEqualTo(200);
        List<Map<String, Object>> good = List.of(contact("山田 太郎", "03-1234-5678", "yamada@hospital.example.jp"));
        assertThat(put(admin, caseId(0), good).status()).as("the ministry").isEqualTo(403);
        assertThat(put(token(subBStaff), caseId(0), good).status()).as("another subcontractor").isEqualTo(403);
        assertThat(put(api.token(Role.HOSPITAL, hospitalOf(1)), caseId(0), good).status()).as("another hospital").isEqualTo(403);
        assertThat(put(api.token(Role.PREFECTURE, PREF), caseId(0), good).status()).isEqualTo(403);

        String hospital = api.token(Role.HOSPITAL, hospitalOf(0));
        Api.Response none = put(hospital, caseId(0), List.of());
        assertThat(none.status()).isEqualTo(422);
        assertThat(none.body()).contains("1人以上");
        Api.Response badMail = put(hospital, caseId(0), List.of(contact("山田 太郎", "03-1234-5678", "yamada@hospital")));
        assertThat(badMail.status()).isEqualTo(422);
        assertThat(badMail.body()).contains("contacts[0].email").contains("メールアドレス");
        Api.Response badPhone = put(hospital, caseId(0), List.of(contact("山田 太郎", "1234", "yamada@hospital.example.jp")));
        assertThat(badPhone.status()).isEqualTo(422);
        assertThat(badPhone.body()).contains("contacts[0].phone");
        Api.Response control = put(hospital, caseId(0), List.of(contact("山田\u0007太郎", "03-1234-5678", "yamada@hospital.example.jp")));
        assertThat(control.status()).as(control.body()).isEqualTo(422);
        assertThat(api.get(hospital, "/api/v1/cases/" + caseId(0)).json().get("contacts").size()).as("unchanged").isGreaterThanOrEqualTo(2);
    }
}
