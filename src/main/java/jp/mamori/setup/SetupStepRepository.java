package jp.mamori.setup;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jp.mamori.setup.domain.SetupProgress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code setup_step}; every call runs inside the caller's transaction, under {@link #lock()}. */
@Repository
class SetupStepRepository {

    private final JdbcClient jdbc;

    SetupStepRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One set-up at a time across every instance on the database; released when the transaction ends. */
    void lock() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('mamori:first-start'))").query(Object.class).single();
    }

    SetupProgress progress() {
        List<String> planned = jdbc.sql("SELECT step FROM setup_step ORDER BY position").query(String.class).list();
        Set<String> done = new HashSet<>(jdbc.sql("SELECT step FROM setup_step WHERE done_at IS NOT NULL")
                .query(String.class).list());
        return new SetupProgress(planned, done);
    }

    void plan(List<String> steps, Instant at) {
        for (int i = 0; i < steps.size(); i++) {
            jdbc.sql("INSERT INTO setup_step (step, position, planned_at) VALUES (:s, :p, :at) ON CONFLICT (step) DO NOTHING")
                    .param("s", steps.get(i)).param("p", i + 1).param("at", Timestamp.from(at)).update();
        }
    }

    /** Plans steps after every step planned so far. */
    void append(List<String> steps, Instant at) {
        for (String step : steps) {
            jdbc.sql("""
                    INSERT INTO setup_step (step, position, planned_at)
                    SELECT :s, coalesce(max(position), 0) + 1, :at FROM setup_step ON CONFLICT (step) DO NOTHING""")
                    .param("s", step).param("at", Timestamp.from(at)).update();
        }
    }

    void markDone(String step, Instant at) {
        jdbc.sql("UPDATE setup_step SET done_at = :at WHERE step = :s").param("s", step).param("at", Timestamp.from(at)).update();
    }
}
