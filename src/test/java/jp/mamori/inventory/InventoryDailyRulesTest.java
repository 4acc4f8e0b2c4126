package jp.mamori.inventory;

import static jp.mamori.inventory.Rows.quiet;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import jp.mamori.shared.JapaneseDates;
import jp.mamori.support.Api;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.MutableClock;
import jp.mamori.survey.SurveyFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A patch goes stale with nothing changed: the daily run finds it, once a day. */
@IntegrationTest
class InventoryDailyRulesTest {

    @Autowired
    Api api;
    @Autowired
    SurveyFixture fixture;
    @Autowired
    InventoryJobs jobs;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void reset() {
        clock.reset();
    }

    long stale(long caseId) {
        return jdbc.sql("SELECT count(*) FROM finding WHERE case_id = :c AND rule = 'STALE_PATCH' AND withdrawn_at IS NULL")
                .param("c", caseId).query(Long.class).single();
    }

    @Test
    void halfAYearLaterTheDailyRunRaisesStalePatchAndASecondRunTheSameDayDoesNothing() {
        SurveyFixture.Parties p = fixture.create();
        fixture.signMemorandum(p);
        Rows.create(api, p.subA(), p.caseId(), quiet()); // patched ten days ago
        assertThat(Rows.ofRule(Rows.findingsOf(api, p.subA(), p.caseId()), "STALE_PATCH")).isEmpty();

        // the session would expire half a year on: from here the findings are read from the table
        clock.advance(Duration.ofDays(181));
        LocalDate day = LocalDate.now(clock.withZone(JapaneseDates.TOKYO));
        jdbc.sql("DELETE FROM job_run WHERE job = :j AND run_date = :d").param("j", InventoryJobs.DAILY).param("d", day).update();
        assertThat(stale(p.caseId())).as("nothing until the run").isZero();

        assertThat(jobs.runDailyOnce()).hasValueSatisfying(n -> assertThat(n).isPositive());
        assertThat(stale(p.caseId())).isEqualTo(1);

        assertThat(jobs.runDailyOnce()).isEmpty();
        assertThat(stale(p.caseId())).isEqualTo(1);
    }
}
