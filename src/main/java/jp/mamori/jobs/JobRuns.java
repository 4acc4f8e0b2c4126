package jp.mamori.jobs;

import java.lang.management.ManagementFactory;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a job at most once per run date across every instance on the database. The run is claimed by inserting
 * its {@code job_run} row in the job's own transaction: a second instance's insert waits for that transaction,
 * then does nothing if it committed (the job ran) or claims the run itself if it rolled back (the job failed, or
 * its instance died), so a day's run is neither doubled nor lost.
 */
@Component
public class JobRuns {

    private static final Logger log = LoggerFactory.getLogger(JobRuns.class);

    /** One recorded run. */
    public record Run(String job, LocalDate runDate, String instance, java.time.Instant startedAt,
                      java.time.Instant finishedAt, Integer queued) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String instance;

    JobRuns(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        // "pid@host": tells the instances behind a load balancer apart in the record
        this.instance = ManagementFactory.getRuntimeMXBean().getName();
    }

    /**
     * Runs {@code work} (which returns how many items it produced, e.g. messages queued) in one transaction with
     * the claim of ({@code job}, {@code runDate}); returns its count, or empty when the run was already done.
     */
    public Optional<Integer> once(String job, LocalDate runDate, IntSupplier work) {
        Integer result = transactions.execute(status -> {
            int claimed = jdbc.sql("""
                            INSERT INTO job_run (job, run_date, instance, started_at) VALUES (:job, :day, :instance, :at)
                            ON CONFLICT (job, run_date) DO NOTHING""")
                    .param("job", job).param("day", Date.valueOf(runDate)).param("instance", instance)
                    .param("at", Timestamp.from(clock.instant())).update();
            if (claimed == 0) {
                return null;
            }
            int count = work.getAsInt();
            jdbc.sql("UPDATE job_run SET finished_at = :at, queued = :n WHERE job = :job AND run_date = :day")
                    .param("at", Timestamp.from(clock.instant())).param("n", count).param("job", job)
                    .param("day", Date.valueOf(runDate)).update();
            return count;
        });
        if (result == null) {
            log.info("Job {} for {}: already run (by this or another instance), skipped", job, runDate);
        } else {
            log.info("Job {} for {}: ran, {} queued", job, runDate, result);
        }
        return Optional.ofNullable(result);
    }

    /** The recorded runs of a job, newest first. */
    public List<Run> runs(String job) {
        return jdbc.sql("SELECT * FROM job_run WHERE job = :job ORDER BY run_date DESC").param("job", job)
                .query((rs, i) -> new Run(rs.getString("job"), rs.getObject("run_date", LocalDate.class),
                        rs.getString("instance"), rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
                        rs.getObject("queued", Integer.class)))
                .list();
    }
}
