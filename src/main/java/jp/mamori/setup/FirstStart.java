package jp.mamori.setup;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jp.mamori.setup.domain.SetupProgress;
import jp.mamori.shared.infrastructure.MamoriProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a first-start step when it is due, in one transaction with its "done" mark: a start killed during a step
 * leaves nothing of it, and the next start does it again. The plan is fixed by the first start ({@code
 * MAMORI_DEMO} then), so a later start with the demo on never fills a real installation with demo data.
 * Instances starting at once take turns on a database lock; the later one finds the step done and skips it. A step
 * added by a newer version is planned after the others on an installation planned with the demo.
 */
@Component
public class FirstStart {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);
    private static final List<String> STEPS = Arrays.stream(SetupStep.values()).map(SetupStep::stored).toList();

    private final SetupStepRepository steps;
    private final TransactionTemplate transactions;
    private final MamoriProperties properties;
    private final Clock clock;

    FirstStart(SetupStepRepository steps, TransactionTemplate transactions, MamoriProperties properties, Clock clock) {
        this.steps = steps;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Does {@code work} if the step is due and marks it done in the same transaction; returns whether it ran.
     * The work must print anything a person needs (passwords) before it returns, that is before the commit.
     */
    public boolean complete(SetupStep step, Runnable work) {
        Boolean ran = transactions.execute(status -> {
            steps.lock();
            SetupProgress progress = steps.progress();
            if (progress.unplanned()) {
                List<String> plan = SetupProgress.firstStart(STEPS, properties.demo());
                steps.plan(plan, clock.instant());
                progress = new SetupProgress(plan, Set.of());
            }
            List<String> added = progress.added(STEPS);
            if (!added.isEmpty()) {
                steps.append(added, clock.instant());
                progress = steps.progress();
            }
            if (!progress.isDue(step.stored())) {
                return false;
            }
            log.info("First start: step {} ({} still to do: {})", step.stored(), progress.pending().size(), progress.pending());
            work.run();
            steps.markDone(step.stored(), clock.instant());
            return true;
        });
        return Boolean.TRUE.equals(ran);
    }
}
