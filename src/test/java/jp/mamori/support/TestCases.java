package jp.mamori.support;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A bare survey case row for tests of what hangs off a case (documents), without running a selection. */
@Component
public class TestCases {

    private final JdbcClient jdbc;
    private final TestData data;

    TestCases(JdbcClient jdbc, TestData data) {
        this.jdbc = jdbc;
        this.data = data;
    }

    /** A new case of the program, for a hospital that has none in it yet. */
    public synchronized long open(String programId) {
        data.ensureRegistry();
        return jdbc.sql("""
                INSERT INTO survey_case (program_id, hospital_code, prefecture_code)
                SELECT :p, h.code, h.prefecture_code FROM hospital h
                 WHERE NOT EXISTS (SELECT 1 FROM survey_case c WHERE c.program_id = :p AND c.hospital_code = h.code)
                 ORDER BY h.code LIMIT 1
                RETURNING id""").param("p", programId).query(Long.class).single();
    }
}
