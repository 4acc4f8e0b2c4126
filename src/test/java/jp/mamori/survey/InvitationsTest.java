package jp.mamori.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import jp.mamori.security.Role;
import jp.mamori.shared.ValidationException;
import jp.mamori.support.Api;
import jp.mamori.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Hospital accounts by invitation: mailed through the outbox, redeemed once, refused when expired, reused or unknown. */
@IntegrationTest
class InvitationsTest extends CaseFixture {

    static final Pattern LINK = Pattern.compile("/invitations/([A-Za-z0-9_-]{20,})");
    static final String NEW_PASSWORD = "Hospital-Invite-Pass-42";

    @Autowired
    Invitations invitations;
    @Autowired
    CaseContacts contacts;

    String invite(String token, long caseId, String email) {
        Api.Response r = api.post(token, "/api/v1/cases/" + caseId + "/invitations", Map.of("email", email));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String body = jdbc.sql("SELECT body FROM notification WHERE dedupe_key = :k AND :m = ANY(recipients)")
                .param("k", "CASE_INVITATION:" + r.json().get("id").asLong()).param("m", email).query(String.class).single();
        Matcher m = LINK.matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return m.group(1);
    }

    static String username() {
        return "hosp-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theInvitedContactGetsAHospitalAccountOnceAndSeesItsCase() {
        assertThat(assign(admin, caseId(0), subA, null, null).status()).isEqualTo(200);
        String email = contacts.of(caseId(0)).get(0).email();
        String token = invite(token(subAStaff), caseId(0), email);
        assertThat(jdbc.sql("SELECT count(*) FROM survey_invitation WHERE token_sha256 = :h").param("h", Invitations.sha256(token))
                .query(Long.class).single()).as("only the hash is stored").isEqualTo(1);

        String page = api.get(null, "/invitations/" + token).body();
        assertThat(page).contains("ユーザー名").contains("_csrf");
        assertThatThrownBy(() -> invitations.redeem(token, username(), "short")).isInstanceOf(ValidationException.class);
        assertThat(invitations.check(token).refusal()).as("a refused password leaves the link usable").isNull();

        String name = username();
        assertThat(invitations.redeem(token, name, NEW_PASSWORD)).isNull();
        String session = api.login(name, NEW_PASSWORD);
        Api.Response own = api.get(session, "/api/v1/cases/" + caseId(0));
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().get("hospitalCode").asText()).isEqualTo(hospitalOf(0));
        assertThat(api.get(session, "/api/v1/cases/" + caseId(1)).status()).isEqualTo(403);

        assertThat(invitations.redeem(token, username(), NEW_PASSWORD)).isEqualTo(Invitations.Refusal.USED);
        assertThat(api.get(null, "/invitations/" + token).body()).contains("既に使われています");
        assertThat(api.get(null, "/invitations/not-a-token-at-all").body()).contains("このリンクは無効です");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action IN ('SURVEY_INVITATION_REDEEMED', 'SURVEY_INVITATION_REDEEM_REFUSED')"
                + " AND actor = :u").param("u", name).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void expiredLinksAndAddressesNotAmongTheContactsAreRefused() {
        String email = contacts.of(caseId(1)).get(0).email();
        Api.Response notContact = api.post(admin, "/api/v1/cases/" + caseId(1) + "/invitations", Map.of("email", "someone@else.example.jp"));
        assertThat(notContact.status()).isEqualTo(422);
        assertThat(notContact.body()).contains("担当者");
        assertThat(api.post(token(subBStaff), "/api/v1/cases/" + caseId(1) + "/invitations", Map.of("email", email)).status())
                .as("not assigned").isEqualTo(403);
        assertThat(api.post(api.token(Role.HOSPITAL, hospitalOf(1)), "/api/v1/cases/" + caseId(1) + "/invitations",
                Map.of("email", email)).status()).isEqualTo(403);

        String token = invite(admin, caseId(1), email);
        jdbc.sql("UPDATE survey_invitation SET expires_at = now() - interval '1 minute' WHERE token_sha256 = :h")
                .param("h", Invitations.sha256(token)).update();
        assertThat(invitations.redeem(token, username(), NEW_PASSWORD)).isEqualTo(Invitations.Refusal.EXPIRED);
        assertThat(api.get(null, "/invitations/" + token).body()).contains("有効期限");
    }

    @Test
    void twoSubmissionsAtOnceMakeOneAccount() throws Exception {
        String token = invite(admin, caseId(2), contacts.of(caseId(2)).get(0).email());
        CountDownLatch start = new CountDownLatch(1);
        List<Object> outcomes = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    outcomes.add(String.valueOf(invitations.redeem(token, username(), NEW_PASSWORD)));
                } catch (Exception e) {
                    outcomes.add(e.getClass().getSimpleName());
                }
            });
            t.start();
            threads.add(t);
        }
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertThat(outcomes).containsExactlyInAnyOrder("null", "USED");
    }

    @Test
    void bulkInvitationsSkipHospitalsThatAlreadyHaveAnAccount() {
        String withAccount = hospitalOf(0);
        api.token(Role.HOSPITAL, withAccount);
        String without = jdbc.sql("""
                SELECT h.code FROM hospital h WHERE h.prefecture_code = :p
                   AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.hospital_code = h.code)
                   AND NOT EXISTS (SELECT 1 FROM survey_case c WHERE c.program_id = :pid AND c.hospital_code = h.code)
                 ORDER BY h.code LIMIT 1""").param("p", PREF).param("pid", pid).query(String.class).single();
        long fresh = jdbc.sql("""
                INSERT INTO survey_case (program_id, hospital_code, prefecture_code, contacts)
                VALUES (:pid, :h, :p, CAST(:c AS jsonb)) RETURNING id""").param("pid", pid).param("h", without).param("p", PREF)
                .param("c", "[{\"department\":\"総務課\",\"name\":\"高橋 次郎\",\"phone\":\"075-123-4567\",\"email\":\"takahashi@" + without + ".example.jp\"}]")
                .query(Long.class).single();

        Api.Response r = api.post(admin, "/api/v1/programs/" + pid + "/cases/invitations", Map.of("prefectureCode", PREF));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("invited").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(invitationsOf(fresh)).containsExactly("takahashi@" + without + ".example.jp");
        assertThat(invitationsOf(caseId(0))).as("its hospital has an account").isEmpty();
        assertThat(api.post(token(primeManager), "/api/v1/programs/" + pid + "/cases/invitations", Map.of()).status()).isEqualTo(403);
    }

    @Test
    void bulkInvitationsLeaveAloneCasesWhoseLinkIsStillUnusedAndContactsWithAnAccount() {
        List<String> free = jdbc.sql("""
                SELECT h.code FROM hospital h WHERE h.prefecture_code = :p
                   AND NOT EXISTS (SELECT 1 FROM app_user u WHERE u.hospital_code = h.code)
                   AND NOT EXISTS (SELECT 1 FROM survey_case c WHERE c.program_id = :pid AND c.hospital_code = h.code)
                 ORDER BY h.code DESC LIMIT 3""").param("p", PREF).param("pid", pid).query(String.class).list();
        assertThat(free).hasSize(3);
        String taken = "taken-" + UUID.randomUUID().toString().substring(0, 8) + "@example.jp";
        Api.Response user = api.post(admin, "/api/v1/users", Map.of("username", username(), "password", PASSWORD, "role", "AUDITOR",
                "email", taken));
        assertThat(user.status()).as(user.body()).isEqualTo(201);
        long first = freshCase(free.get(0), "first@" + free.get(0) + ".example.jp");
        long second = freshCase(free.get(1), "second@" + free.get(1) + ".example.jp");
        long withAccount = freshCase(free.get(2), taken.toUpperCase());

        JsonNode once = bulk();
        assertThat(invitationsOf(first)).hasSize(1);
        assertThat(invitationsOf(second)).hasSize(1);
        assertThat(invitationsOf(withAccount)).as("its contact already has an account").isEmpty();
        assertThat(once.get("skippedWithAccount").asInt()).isGreaterThanOrEqualTo(1);

        JsonNode again = bulk();
        assertThat(again.get("invited").asInt()).as(again.toString()).isZero();
        assertThat(again.get("skippedPending").asInt()).isEqualTo(once.get("invited").asInt());
        assertThat(again.get("skipped").asInt()).isEqualTo(again.get("skippedPending").asInt()
                + again.get("skippedWithAccount").asInt() + again.get("skippedNoEmail").asInt());
        assertThat(invitationsOf(first)).as("the unused link is not sent again").hasSize(1);

        jdbc.sql("UPDATE survey_invitation SET expires_at = now() - interval '1 minute' WHERE case_id = :c").param("c", first).update();
        JsonNode afterExpiry = bulk();
        assertThat(afterExpiry.get("invited").asInt()).as("an expired link is replaced").isEqualTo(1);
        assertThat(invitationsOf(first)).hasSize(2);
        assertThat(invitationsOf(second)).hasSize(1);
    }

    JsonNode bulk() {
        Api.Response r = api.post(admin, "/api/v1/programs/" + pid + "/cases/invitations", Map.of("prefectureCode", PREF));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    long freshCase(String hospital, String email) {
        return jdbc.sql("""
                INSERT INTO survey_case (program_id, hospital_code, prefecture_code, contacts)
                VALUES (:pid, :h, :p, CAST(:c AS jsonb)) RETURNING id""").param("pid", pid).param("h", hospital).param("p", PREF)
                .param("c", "[{\"department\":\"総務課\",\"name\":\"高橋 次郎\",\"phone\":\"075-123-4567\",\"email\":\"" + email + "\"}]")
                .query(Long.class).single();
    }

    List<String> invitationsOf(long caseId) {
        return jdbc.sql("SELECT email FROM survey_invitation WHERE case_id = :c").param("c", caseId).query(String.class).list();
    }
}
