package jp.mamori.setup.domain;

import java.util.List;
import java.util.Set;

/**
 * Which first-start steps are planned (in order) and which are done. A step is due when it is planned, not
 * done, and every step before it is done: the demo data never runs on a registry that was not loaded.
 */
public record SetupProgress(List<String> planned, Set<String> done) {

    public SetupProgress {
        planned = List.copyOf(planned);
        done = Set.copyOf(done);
    }

    /** What the first start plans: the administrator always, the demo steps only with the demo on. */
    public static List<String> firstStart(List<String> allSteps, boolean demo) {
        return demo ? List.copyOf(allSteps) : List.of(allSteps.get(0));
    }

    /** Nothing planned yet: the database has never been set up (an older one is planned by its migration). */
    public boolean unplanned() {
        return planned.isEmpty();
    }

    /**
     * Steps a newer version added that this plan lacks, in order, to be planned after it. Only a demo plan (one with
     * more than the administrator) gets them: a real installation never gets demo data by an upgrade.
     */
    public List<String> added(List<String> allSteps) {
        if (planned.size() <= 1) {
            return List.of();
        }
        return allSteps.stream().filter(s -> !planned.contains(s)).toList();
    }

    public boolean isDue(String step) {
        int at = planned.indexOf(step);
        if (at < 0 || done.contains(step)) {
            return false;
        }
        return planned.subList(0, at).stream().allMatch(done::contains);
    }

    public List<String> pending() {
        return planned.stream().filter(s -> !done.contains(s)).toList();
    }
}
