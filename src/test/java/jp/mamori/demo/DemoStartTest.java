package jp.mamori.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.support.TestClockConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The first start with MAMORI_DEMO on gives a newcomer every page with data (its own context and database). */
@SpringBootTest(properties = "mamori.demo=true")
@ActiveProfiles("test")
@Import(TestClockConfig.class)
class DemoStartTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    jp.mamori.notify.SelectionNotifier notifier;

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void theFirstStartLoadsTheRegistryTheProgramNominationsFillsAndOneAccountPerRole() {
        assertThat(count("SELECT count(*) FROM hospital")).isEqualTo(6572);
        assertThat(count("SELECT national_capacity FROM program WHERE id = 'FY2025'")).isEqualTo(2000);
        assertThat(count("SELECT sum(quota) FROM program_quota WHERE program_id = 'FY2025'")).isEqualTo(2000);
        assertThat(count("SELECT count(DISTINCT prefecture_code) FROM nomination_list WHERE program_id = 'FY2025'")).isEqualTo(8);
        assertThat(count("SELECT count(*) FROM selection_decision WHERE program_id = 'FY2025' AND status = 'SELECTED'")).isPositive();
        assertThat(count("SELECT count(*) FROM selection_decision WHERE program_id = 'FY2025' AND status = 'INELIGIBLE'")).isPositive();
        assertThat(count("SELECT count(*) FROM selection_decision WHERE program_id = 'FY2025' AND status = 'WITHDRAWN'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM selection_decision WHERE program_id = 'FY2025' AND origin = 'DESIGNATION'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM selection_decision WHERE program_id = 'FY2025' AND slot = 'NATIONAL'")).isPositive();
        assertThat(jdbc.sql("SELECT DISTINCT role FROM app_user").query(String.class).list())
                .containsExactlyInAnyOrder("MHLW_ADMIN", "PREFECTURE", "HOSPITAL", "CONTRACTOR", "AUDITOR");
        notifier.drain();
        assertThat(count("SELECT count(*) FROM notification WHERE event = 'HOSPITAL_SELECTED'"))
                .isEqualTo(count("SELECT count(*) FROM selection_decision WHERE status IN ('SELECTED', 'WITHDRAWN')"));
        assertThat(count("SELECT count(*) FROM audit_event WHERE actor = 'demo-mhlw'")).isPositive();
    }
}
