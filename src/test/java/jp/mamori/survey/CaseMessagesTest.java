package jp.mamori.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jp.mamori.support.Api;
import jp.mamori.support.AsUser;
import jp.mamori.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Assignment and withdrawal queue their messages in the change's own transaction (survey events heard by notify). */
@IntegrationTest
class CaseMessagesTest extends CaseFixture {

    @Autowired
    CaseService service;
    @Autowired
    CaseContacts contacts;
    @Autowired
    TransactionTemplate transactions;

    record Row(String event, String recipients, String body) {
    }

    /** The messages about one case (keys start with the event and the case id; other tests use the same hospitals). */
    List<Row> messages(String event, long caseId) {
        return jdbc.sql("SELECT event, array_to_string(recipients, ',') AS recipients, body FROM notification "
                        + "WHERE event = :e AND dedupe_key LIKE :k ORDER BY id")
                .param("e", event).param("k", event + ":" + caseId + ":%").query(Row.class).list();
    }

    @Test
    void theHospitalsContactsHearWhoWillContactThem() {
        Api.Response r = assign(admin, caseId(0), subA, subAStaff, null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<Row> sent = messages("CASE_ASSIGNED", caseId(0));
        assertThat(sent).hasSize(1);
        String firstContact = contacts.of(caseId(0)).get(0).email();
        assertThat(sent.get(0).recipients()).contains(firstContact);
        assertThat(sent.get(0).body()).contains("株式会社 " + subA).contains(subA + "@example.jp").contains(subAStaff);

        assertThat(assign(admin, caseId(0), subB, null, null).status()).isEqualTo(200);
        assertThat(messages("CASE_ASSIGNED", caseId(0))).as("moved: told again").hasSize(2);
    }

    @Test
    void aRolledBackAssignmentQueuesNothing() {
        transactions.executeWithoutResult(tx -> {
            AsUser.admin(() -> service.assign(caseId(1), prime, null, null));
            assertThat(messages("CASE_ASSIGNED", caseId(1))).as("queued inside the transaction").hasSize(1);
            tx.setRollbackOnly();
        });
        assertThat(messages("CASE_ASSIGNED", caseId(1))).isEmpty();
        assertThat(api.get(admin, "/api/v1/cases/" + caseId(1)).json().get("organizationId").isNull()).isTrue();
    }

    @Test
    void theOrganizationHoldingAWithdrawnCaseIsTold() {
        assertThat(assign(admin, caseId(2), subB, null, null).status()).isEqualTo(200);
        Api.Response w = api.post(admin, "/api/v1/programs/" + pid + "/selection/withdrawals",
                Map.of("hospitalCode", hospitalOf(2), "reason", "病院から辞退の連絡があったため"));
        assertThat(w.status()).as(w.body()).isIn(200, 201);
        List<Row> sent = messages("CASE_WITHDRAWN", caseId(2));
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).recipients()).isEqualTo(subB + "@example.jp");
        assertThat(sent.get(0).body()).contains("辞退").contains(String.valueOf(caseId(2)));
    }
}
