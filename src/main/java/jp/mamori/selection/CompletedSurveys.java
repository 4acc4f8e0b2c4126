package jp.mamori.selection;

import java.util.HashSet;
import java.util.Set;

import jp.mamori.shared.HospitalCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Hospitals whose survey a program completed, from the system's own record. */
@Component
class CompletedSurveys {

    private final JdbcClient jdbc;

    CompletedSurveys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<HospitalCode> of(String programId) {
        if (programId == null) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT hospital_code FROM survey_completion WHERE program_id = :p").param("p", programId)
                .query((rs, i) -> new HospitalCode(rs.getString(1))).list());
    }
}
