package jp.mamori.backup.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A case's proposal for copies kept out of an attacker's reach (survey.md, "Offline backup plan").
 *
 * @param declined the hospital takes the hearing only and no plan is made (unlike a DECLINE decision on a proposal)
 * @param decision the hospital's, null while it has not decided
 */
public record BackupPlan(List<ProtectedSystem> systems, long costPerTbMin, long costPerTbMax, boolean declined,
                         Decision decision) {

    /** The Q&A's rough figure per TB, the default range of every new plan. */
    public static final long DEFAULT_COST_PER_TB_MIN = 300_000;
    public static final long DEFAULT_COST_PER_TB_MAX = 400_000;

    public BackupPlan {
        systems = List.copyOf(systems);
    }

    public BigDecimal totalTb() {
        BigDecimal total = systems.stream().map(ProtectedSystem::dataTb).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add).stripTrailingZeros();
        return total.scale() < 0 ? total.setScale(0) : total;
    }

    public BackupPlan withDecision(Decision d) {
        return new BackupPlan(systems, costPerTbMin, costPerTbMax, declined, d);
    }
}
