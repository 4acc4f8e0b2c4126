package jp.mamori.selection;

import java.time.LocalDate;

import jp.mamori.shared.HospitalCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where the survey records that a hospital's survey is complete (its report delivered). Selection owns the
 * table because next year's eligibility and designation candidates read it ({@link CompletedSurveys}).
 */
@Component
public class SurveyCompletions {

    private final JdbcClient jdbc;

    SurveyCompletions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void completed(String programId, HospitalCode hospital, LocalDate completedOn) {
        jdbc.sql("""
                INSERT INTO survey_completion (program_id, hospital_code, completed_on) VALUES (:p, :h, :d)
                ON CONFLICT (program_id, hospital_code) DO UPDATE SET completed_on = EXCLUDED.completed_on""")
                .param("p", programId).param("h", hospital.value()).param("d", completedOn).update();
    }

    /** A corrected (cleared) delivery: the survey is no longer complete. */
    public void reopened(String programId, HospitalCode hospital) {
        jdbc.sql("DELETE FROM survey_completion WHERE program_id = :p AND hospital_code = :h")
                .param("p", programId).param("h", hospital.value()).update();
    }
}
