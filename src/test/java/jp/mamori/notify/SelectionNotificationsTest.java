package jp.mamori.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.mamori.registry.Hospital;
import jp.mamori.registry.Registry;
import jp.mamori.security.NewUser;
import jp.mamori.security.Role;
import jp.mamori.security.UserAccountService;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.support.Api;
import jp.mamori.support.Forms;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.MutableClock;
import jp.mamori.support.TestPrograms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Selection events become exactly one message each, queued in the same transaction; the daily jobs remind prefectures. */
@IntegrationTest
class SelectionNotificationsTest {

    @Autowired
    Api api;
    @Autowired
    TestPrograms programs;
    @Autowired
    Registry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    NotificationJobs jobs;
    @Autowired
    MutableClock clock;
    @Autowired
    UserAccountService accounts;
    @Autowired
    SelectionNotifier notifier;

    @AfterEach
    void reset() {
        clock.reset();
        api.forgetTokens();
    }

    List<String> events(String pid, String hospital) {
        notifier.drain();
        return jdbc.sql("SELECT event FROM notification WHERE dedupe_key LIKE :k ORDER BY id")
                .param("k", "%:" + pid + ":" + hospital + ":%").query(String.class).list();
    }

    List<String> prefectureEvents(String pid, String pref) {
        notifier.drain();
        return jdbc.sql("SELECT event FROM notification WHERE dedupe_key LIKE :k AND hospital_code IS NULL ORDER BY id")
                .param("k", "%:" + pid + ":" + pref + ":%").query(String.class).list();
    }

    @Test
    void eachSelectionEventQueuesOneMessagePerHospitalAndNoneTwice() {
        String pid = programs.create(10, Map.of("08", 2));
        List<Hospital> hs = registry.hospitalsIn(new PrefectureCode("08")).stream()
                .filter(h -> h.beds() != null && h.beds() >= 20).limit(3).toList();
        String admin = api.token(Role.MHLW_ADMIN, null);
        String ibaraki = api.token(Role.PREFECTURE, "08");
        api.upload(ibaraki, "/api/v1/programs/" + pid + "/prefectures/08/nominations",
                Forms.workbook("x", new PrefectureCode("08"), Forms.eligibleRows(hs)), "l.xlsx");
        assertThat(events(pid, hs.get(0).code().value())).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM notification_pending").query(Long.class).single()).isZero();

        api.post(admin, "/api/v1/programs/" + pid + "/selection/fill", Map.of("scope", "PREFECTURES"));
        // the event waits as pending until it is worked; working it twice adds nothing
        assertThat(jdbc.sql("SELECT count(*) FROM notification_pending WHERE program_id = :p").param("p", pid)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(notifier.drain()).isEqualTo(3);
        assertThat(notifier.drain()).isZero();
        api.post(admin, "/api/v1/programs/" + pid + "/selection/fill", Map.of("scope", "PREFECTURES"));
        assertThat(events(pid, hs.get(0).code().value())).containsExactly("HOSPITAL_SELECTED");
        assertThat(events(pid, hs.get(1).code().value())).containsExactly("HOSPITAL_SELECTED");
        assertThat(events(pid, hs.get(2).code().value())).containsExactly("HOSPITAL_WAITLISTED");
        List<String> to = jdbc.sql("SELECT unnest(recipients) FROM notification WHERE dedupe_key LIKE :k")
                .param("k", "%:" + pid + ":" + hs.get(0).code().value() + ":%").query(String.class).list();
        assertThat(to).containsExactlyInAnyOrder("it-" + hs.get(0).code().value() + "@example.jp",
                "soumu-" + hs.get(0).code().value() + "@example.jp");

        api.post(ibaraki, "/api/v1/programs/" + pid + "/selection/withdrawals",
                Map.of("hospitalCode", hs.get(0).code().value(), "reason", "辞退の申し出"));
        assertThat(events(pid, hs.get(0).code().value())).containsExactly("HOSPITAL_SELECTED", "HOSPITAL_WITHDRAWAL_RECORDED");
        assertThat(events(pid, hs.get(2).code().value())).containsExactly("HOSPITAL_WAITLISTED", "HOSPITAL_REPLACED_IN");
        assertThat(prefectureEvents(pid, "08")).containsExactly("REPLACEMENT_HAPPENED");
        String subject = jdbc.sql("SELECT subject FROM notification WHERE event = 'HOSPITAL_REPLACED_IN' AND dedupe_key LIKE :k")
                .param("k", "%:" + pid + ":%").query(String.class).single();
        assertThat(subject).isNotBlank();
    }

    @Test
    void aRefusedOperationQueuesNothing() {
        String pid = programs.create(10, Map.of("08", 1));
        List<Hospital> hs = registry.hospitalsIn(new PrefectureCode("08")).stream()
                .filter(h -> h.beds() != null && h.beds() >= 20).limit(2).toList();
        String ibaraki = api.token(Role.PREFECTURE, "08");
        api.upload(ibaraki, "/api/v1/programs/" + pid + "/prefectures/08/nominations",
                Forms.workbook("x", new PrefectureCode("08"), Forms.eligibleRows(hs)), "l.xlsx");
        Api.Response refused = api.post(ibaraki, "/api/v1/programs/" + pid + "/selection/withdrawals",
                Map.of("hospitalCode", hs.get(0).code().value(), "reason", "まだ選定されていない"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(events(pid, hs.get(0).code().value())).isEmpty();
    }

    @Test
    void prefecturesHearOfANearDeadlineOnBusinessDaysAndOfAShortfallAfterIt() {
        // deadline Thursday 2026-05-07, right after Golden Week (5/3 Sunday → substitute holiday 5/6):
        // 5/6 is a substitute holiday in 2026, so the reminder "1 business day before" falls on Friday 5/1.
        String pid = programs.create(10, Map.of("09", 2), LocalDate.of(2026, 5, 7));
        String tochigiMail = "tochigi-" + pid.toLowerCase() + "@example.jp";
        accounts.createUnchecked(new NewUser("tochigi-" + pid.toLowerCase(), "Tochigi-Kenchou-1", Role.PREFECTURE,
                new PrefectureCode("09"), null, "栃木県", "担当", tochigiMail));

        clock.set(Instant.parse("2026-04-30T00:00:00Z")); // Thursday 30 April, 09:00 JST
        jobs.runDaily();
        assertThat(prefectureEvents(pid, "09")).isEmpty();
        clock.set(Instant.parse("2026-05-01T00:00:00Z")); // Friday 1 May: the last business day before the deadline
        jobs.runDaily();
        jobs.runDaily();
        assertThat(prefectureEvents(pid, "09")).containsExactly("DEADLINE_NEAR");
        List<String> to = jdbc.sql("SELECT unnest(recipients) FROM notification WHERE event = 'DEADLINE_NEAR' AND dedupe_key LIKE :k")
                .param("k", "%:" + pid + ":09:%").query(String.class).list();
        assertThat(to).containsExactly(tochigiMail);

        clock.set(Instant.parse("2026-05-07T14:59:59Z")); // still open
        jobs.runDaily();
        assertThat(prefectureEvents(pid, "09")).containsExactly("DEADLINE_NEAR");
        clock.set(Instant.parse("2026-05-08T00:00:00Z")); // after the deadline, nothing selected
        jobs.runDaily();
        jobs.runDaily();
        assertThat(prefectureEvents(pid, "09")).containsExactly("DEADLINE_NEAR", "SHORT_OF_QUOTA");
    }
}
