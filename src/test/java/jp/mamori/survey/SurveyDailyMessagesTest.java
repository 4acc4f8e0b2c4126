package jp.mamori.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.mamori.notify.SurveyJobs;
import jp.mamori.notify.domain.BusinessCalendar;
import jp.mamori.support.Api;
import jp.mamori.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The daily survey messages: one overdue list per organization and day (none when none), and the visit reminder. */
@IntegrationTest
class SurveyDailyMessagesTest extends CaseFixture {

    @Autowired
    SurveyJobs jobs;

    List<String> bodies(String dedupeKey) {
        return jdbc.sql("SELECT body FROM notification WHERE dedupe_key = :k").param("k", dedupeKey).query(String.class).list();
    }

    long overdueMessagesTo(String organizationId) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE event = 'CASES_OVERDUE' AND :m = ANY(recipients)")
                .param("m", organizationId + "@example.jp").query(Long.class).single();
    }

    @Test
    void eachOrganizationGetsItsOverdueCasesOncePerBusinessDayAndTheHospitalIsRemindedOfItsVisit() {
        BusinessCalendar calendar = BusinessCalendar.japan();
        LocalDate day = today();
        while (!calendar.isBusinessDay(day)) {
            day = day.plusDays(1);
        }
        assertThat(assign(admin, caseId(0), subA, null, today().minusDays(30).toString()).status()).isEqualTo(200);
        assertThat(assign(admin, caseId(1), subB, null, null).status()).isEqualTo(200);
        assertThat(assign(admin, caseId(2), subB, null, null).status()).isEqualTo(200);
        LocalDate visit = calendar.businessDaysAfter(day, 3);
        Api.Response plan = step(token(subBStaff), caseId(2), "HEARING", Map.of("plannedOn", visit.toString()));
        assertThat(plan.status()).as(plan.body()).isEqualTo(200);

        jobs.runDaily(day);

        List<String> toSubA = bodies("CASES_OVERDUE:" + subA + ":" + day);
        assertThat(toSubA).hasSize(1);
        assertThat(toSubA.get(0)).contains("案件番号 " + caseId(0)).contains("覚書の締結")
                .doesNotContain("案件番号 " + caseId(1)).doesNotContain("案件番号 " + caseId(2));
        assertThat(bodies("CASES_OVERDUE:" + prime + ":" + day)).as("the contractor answers for its subcontractor").hasSize(1);
        assertThat(overdueMessagesTo(subB)).as("nothing overdue, nothing sent").isZero();
        List<String> reminder = bodies("CASE_VISIT_NEAR:" + caseId(2) + ":HEARING:" + visit);
        assertThat(reminder).hasSize(1);
        assertThat(reminder.get(0)).contains("ヒアリング");

        assertThat(jobs.runDaily(day)).as("the same day again").isZero();
        assertThat(overdueMessagesTo(subA)).isEqualTo(1);
    }
}
