package jp.mamori.inventory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import jp.mamori.jobs.JobRuns;
import jp.mamori.shared.JapaneseDates;
import jp.mamori.survey.CaseAccess;
import jp.mamori.survey.CaseRef;
import org.springframework.stereotype.Component;

/**
 * Every rule again on every open case once a day: STALE_PATCH turns true as days pass with nothing changed, which
 * the rules run on a change never see. Once per day across instances; calendar days, the rules keep no office hours.
 */
@Component
public class InventoryJobs {

    public static final String DAILY = "inventory-rules-daily";

    private final JobRuns runs;
    private final FindingEngine engine;
    private final CaseAccess access;
    private final Clock clock;

    InventoryJobs(JobRuns runs, FindingEngine engine, CaseAccess access, Clock clock) {
        this.runs = runs;
        this.engine = engine;
        this.access = access;
        this.clock = clock;
    }

    /** @return how many suggestions the run raised, empty when today's run was already done */
    public Optional<Integer> runDailyOnce() {
        LocalDate today = LocalDate.now(clock.withZone(JapaneseDates.TOKYO));
        return runs.once(DAILY, today, this::rerunOpenCases);
    }

    int rerunOpenCases() {
        int raised = 0;
        for (CaseRef c : access.openCases()) {
            raised += engine.run(c.id());
        }
        return raised;
    }
}
