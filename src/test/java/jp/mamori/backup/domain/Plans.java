package jp.mamori.backup.domain;

import java.math.BigDecimal;
import java.util.List;

/** Small plans for the rule tests. */
final class Plans {

    private Plans() {
    }

    static ProtectedSystem system(String name, String tb, Separation separation) {
        return new ProtectedSystem(name, null, new BigDecimal(tb), Frequency.DAILY, 3, separation, 24);
    }

    static BackupPlan plan(long min, long max, ProtectedSystem... systems) {
        return new BackupPlan(List.of(systems), min, max, false, null);
    }

    static BackupPlan declined(ProtectedSystem... systems) {
        return new BackupPlan(List.of(systems), 300_000, 400_000, true, null);
    }
}
