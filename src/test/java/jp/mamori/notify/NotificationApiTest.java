package jp.mamori.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jp.mamori.security.Role;
import jp.mamori.shared.HospitalCode;
import jp.mamori.support.Api;
import jp.mamori.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** GET /api/v1/notifications: the ministry only, in exactly the contract's shape. */
@IntegrationTest
class NotificationApiTest {

    @Autowired
    Api api;
    @Autowired
    Outbox outbox;
    @Autowired
    PlatformTransactionManager transactionManager;

    String admin;
    OutgoingMessage queued;
    OutgoingMessage failed;

    @BeforeEach
    void messages() {
        admin = api.token(Role.MHLW_ADMIN, null);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        queued = Notifications.hospitalWaitlisted("FY2025", "令和7年度 医療機関におけるサイバーセキュリティ確保事業",
                new HospitalCode("1310000002"), "区立テスト病院 " + tag, 2, List.of("it@" + tag + ".example.jp"), System.nanoTime());
        failed = Notifications.hospitalSelected("FY2025", "令和7年度 医療機関におけるサイバーセキュリティ確保事業",
                new HospitalCode("1310000003"), "区立連絡先なし病院 " + tag, List.of(), System.nanoTime());
        new TransactionTemplate(transactionManager).executeWithoutResult(s -> {
            outbox.enqueue(queued);
            outbox.enqueue(failed);
        });
    }

    JsonNode find(JsonNode list, String subjectPart) {
        for (JsonNode n : list.get("notifications")) {
            if (n.get("subject").asText().contains(subjectPart)) {
                return n;
            }
        }
        return null;
    }

    @Test
    void theMinistryGetsEveryMessageInTheContractsShape() {
        Api.Response r = api.get(admin, "/api/v1/notifications");
        assertThat(r.status()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(fieldNames(body)).containsExactly("notifications");
        String hospitalName = (String) queued.model().get("hospitalName");
        JsonNode n = find(body, hospitalName);
        assertThat(n).isNotNull();
        assertThat(fieldNames(n)).containsExactlyInAnyOrder("id", "event", "hospitalCode", "prefectureCode", "to", "subject",
                "status", "attempts", "createdAt", "sentAt");
        assertThat(n.get("id").isIntegralNumber()).isTrue();
        assertThat(n.get("event").asText()).isEqualTo("HOSPITAL_WAITLISTED");
        assertThat(n.get("hospitalCode").asText()).isEqualTo("1310000002");
        assertThat(n.get("prefectureCode").asText()).isEqualTo("13");
        assertThat(n.get("to").isArray()).isTrue();
        assertThat(n.get("to").get(0).asText()).isEqualTo(queued.to().get(0));
        assertThat(n.get("subject").asText()).isEqualTo("【守り】選定待ちのお知らせ（" + hospitalName + "）");
        assertThat(n.get("status").asText()).isEqualTo("QUEUED");
        assertThat(n.get("attempts").asInt()).isZero();
        assertThat(n.get("createdAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?\\+09:00");
        assertThat(n.get("sentAt").isNull()).isTrue();
    }

    @Test
    void filtersByStatus() {
        JsonNode failedOnly = api.get(admin, "/api/v1/notifications?status=FAILED").json();
        assertThat(failedOnly.get("notifications")).allSatisfy(n -> assertThat(n.get("status").asText()).isEqualTo("FAILED"));
        JsonNode noContacts = find(failedOnly, (String) failed.model().get("hospitalName"));
        assertThat(noContacts).isNotNull();
        assertThat(noContacts.get("to")).isEmpty();
        assertThat(find(failedOnly, (String) queued.model().get("hospitalName"))).isNull();

        JsonNode queuedOnly = api.get(admin, "/api/v1/notifications?status=QUEUED").json();
        assertThat(find(queuedOnly, (String) queued.model().get("hospitalName"))).isNotNull();

        Api.Response bad = api.get(admin, "/api/v1/notifications?status=DELIVERED");
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.json().get("errors").get(0).get("column").asText()).isEqualTo("status");
    }

    @Test
    void nobodyButTheMinistrySeesWhomTheProgramMailed() {
        assertThat(api.get(api.token(Role.PREFECTURE, "13"), "/api/v1/notifications").status()).isEqualTo(403);
        assertThat(api.get(api.token(Role.AUDITOR, null), "/api/v1/notifications").status()).isEqualTo(403);
        assertThat(api.get(api.token(Role.CONTRACTOR, null), "/api/v1/notifications").status()).isEqualTo(403);
        assertThat(api.get(api.token(Role.PREFECTURE, "13"), "/api/v1/notifications?status=BOGUS").status())
                .as("the role is checked before the input").isEqualTo(403);
        assertThat(api.get(null, "/api/v1/notifications").status()).isEqualTo(401);
        assertThat(api.get("not-a-token", "/api/v1/notifications").status()).isEqualTo(401);
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
