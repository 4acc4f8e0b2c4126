package jp.mamori.program.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jp.mamori.shared.BedBand;
import jp.mamori.shared.FiscalYear;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.shared.PrefectureQuota;
import jp.mamori.shared.PriorityKey;
import jp.mamori.shared.RuleSet;

/**
 * A fiscal year's program (事業) as the ministry defines it. Checked by {@link ProgramValidation}
 * before it is stored; a prefecture without a quota has quota 0.
 */
public record ProgramDefinition(
        String id,
        String name,
        FiscalYear fiscalYear,
        RuleSet ruleSet,
        int nationalCapacity,
        LocalDate submissionDeadline,
        LocalDate onsiteCompletionDeadline,
        LocalDate emrDeadline,
        String previousProgramId,
        List<BedBand> bedBands,
        boolean bandSpill,
        Map<PrefectureCode, PrefectureQuota> quotas,
        List<PriorityKey> priorityKeys) {

    public ProgramDefinition {
        bedBands = List.copyOf(bedBands == null ? List.of() : bedBands);
        quotas = Collections.unmodifiableMap(new TreeMap<>(quotas == null ? Map.of() : quotas));
        priorityKeys = priorityKeys == null || priorityKeys.isEmpty() ? PriorityKey.DEFAULTS : List.copyOf(priorityKeys);
    }

    public boolean banded() {
        return !bedBands.isEmpty();
    }

    public int quota(PrefectureCode prefecture) {
        PrefectureQuota q = quotas.get(prefecture);
        return q == null ? 0 : q.quota();
    }

    public int totalQuota() {
        return quotas.values().stream().mapToInt(PrefectureQuota::quota).sum();
    }
}
