package jp.mamori.selection.domain;

import jp.mamori.shared.RuleSet;
import jp.mamori.shared.BedBand;
import jp.mamori.shared.PriorityKey;
import jp.mamori.shared.PrefectureQuota;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import jp.mamori.shared.FiscalYear;
import jp.mamori.shared.PrefectureCode;

/**
 * A program as the selection rules see it. Events carry the snapshot they were applied with,
 * so a later change of the program does not change how past events replay.
 *
 * @param nationalCapacity         C: every active selection counts against it
 * @param quotas                   a prefecture absent here has quota 0
 * @param bands                    empty = unbanded
 * @param onsiteCompletionDeadline FY2025; {@code null} = only a missing date fails
 * @param emrDeadline              FY2024; {@code null} = only a missing date fails
 * @param priorityKeys             empty or {@code null} = {@link PriorityKey#DEFAULTS}
 */
public record SelectionRules(
        String programId,
        RuleSet ruleSet,
        FiscalYear fiscalYear,
        int nationalCapacity,
        Map<PrefectureCode, PrefectureQuota> quotas,
        List<BedBand> bands,
        boolean bandSpill,
        LocalDate onsiteCompletionDeadline,
        LocalDate emrDeadline,
        List<PriorityKey> priorityKeys) {

    public SelectionRules {
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(fiscalYear, "fiscalYear");
        if (nationalCapacity < 0) {
            throw new IllegalArgumentException("nationalCapacity < 0");
        }
        quotas = Collections.unmodifiableMap(new TreeMap<>(quotas == null ? Map.of() : quotas));
        bands = List.copyOf(bands == null ? List.of() : bands);
        priorityKeys = priorityKeys == null || priorityKeys.isEmpty() ? PriorityKey.DEFAULTS : List.copyOf(priorityKeys);
        checkBands(bands);
        checkQuotas(quotas, bands);
        if (EnumSet.copyOf(priorityKeys).size() != priorityKeys.size()) {
            throw new IllegalArgumentException("a priority key is repeated: " + priorityKeys);
        }
    }

    private static void checkBands(List<BedBand> bands) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < bands.size(); i++) {
            BedBand b = bands.get(i);
            if (!ids.add(b.id())) {
                throw new IllegalArgumentException("band id repeated: " + b.id());
            }
            for (int j = 0; j < i; j++) {
                if (b.overlaps(bands.get(j))) {
                    // A hospital must fall in one band at most, or its band is a guess.
                    throw new IllegalArgumentException("bands overlap: " + bands.get(j).id() + ", " + b.id());
                }
            }
        }
    }

    private static void checkQuotas(Map<PrefectureCode, PrefectureQuota> quotas, List<BedBand> bands) {
        Set<String> ids = new HashSet<>();
        bands.forEach(b -> ids.add(b.id()));
        quotas.forEach((p, q) -> {
            if (bands.isEmpty()) {
                if (!q.bandQuotas().isEmpty()) {
                    throw new IllegalArgumentException("prefecture " + p + ": band quotas in an unbanded program");
                }
                return;
            }
            for (String id : q.bandQuotas().keySet()) {
                if (!ids.contains(id)) {
                    throw new IllegalArgumentException("prefecture " + p + ": unknown band " + id);
                }
            }
            int sum = q.bandQuotas().values().stream().mapToInt(Integer::intValue).sum();
            if (sum != q.quota()) {
                throw new IllegalArgumentException(
                        "prefecture " + p + ": band quotas add up to " + sum + ", not to the quota " + q.quota());
            }
        });
    }

    public boolean banded() {
        return !bands.isEmpty();
    }

    /** Bands bind a PREFECTURE slot only in a banded program without spill (selection.md §5). */
    public boolean bandsBind() {
        return banded() && !bandSpill;
    }

    /** q(p); 0 for a prefecture without a quota. */
    public int quota(PrefectureCode prefecture) {
        PrefectureQuota q = quotas.get(prefecture);
        return q == null ? 0 : q.quota();
    }

    /** q(p,b); 0 for a prefecture or band without one. */
    public int bandQuota(PrefectureCode prefecture, String bandId) {
        PrefectureQuota q = quotas.get(prefecture);
        return q == null ? 0 : q.bandQuota(bandId);
    }

    public Optional<BedBand> band(String id) {
        return bands.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    public int totalQuota() {
        return quotas.values().stream().mapToInt(PrefectureQuota::quota).sum();
    }

    public static Builder builder(String programId, RuleSet ruleSet, FiscalYear fiscalYear) {
        return new Builder(programId, ruleSet, fiscalYear);
    }

    public Builder toBuilder() {
        Builder b = new Builder(programId, ruleSet, fiscalYear);
        b.nationalCapacity = nationalCapacity;
        b.quotas.putAll(quotas);
        b.bands.addAll(bands);
        b.bandSpill = bandSpill;
        b.onsiteCompletionDeadline = onsiteCompletionDeadline;
        b.emrDeadline = emrDeadline;
        b.priorityKeys = priorityKeys;
        return b;
    }

    /** Builds rules step by step; what is not set is empty, false or null. */
    public static final class Builder {
        private final String programId;
        private final RuleSet ruleSet;
        private final FiscalYear fiscalYear;
        private int nationalCapacity;
        private final Map<PrefectureCode, PrefectureQuota> quotas = new TreeMap<>();
        private final List<BedBand> bands = new ArrayList<>();
        private boolean bandSpill;
        private LocalDate onsiteCompletionDeadline;
        private LocalDate emrDeadline;
        private List<PriorityKey> priorityKeys = PriorityKey.DEFAULTS;

        private Builder(String programId, RuleSet ruleSet, FiscalYear fiscalYear) {
            this.programId = programId;
            this.ruleSet = ruleSet;
            this.fiscalYear = fiscalYear;
        }

        public Builder nationalCapacity(int c) {
            this.nationalCapacity = c;
            return this;
        }

        public Builder quota(PrefectureCode p, int quota) {
            quotas.put(p, PrefectureQuota.of(quota));
            return this;
        }

        public Builder quota(PrefectureCode p, PrefectureQuota quota) {
            quotas.put(p, quota);
            return this;
        }

        public Builder bands(List<BedBand> bands) {
            this.bands.clear();
            this.bands.addAll(bands);
            return this;
        }

        public Builder bandSpill(boolean spill) {
            this.bandSpill = spill;
            return this;
        }

        public Builder onsiteCompletionDeadline(LocalDate d) {
            this.onsiteCompletionDeadline = d;
            return this;
        }

        public Builder emrDeadline(LocalDate d) {
            this.emrDeadline = d;
            return this;
        }

        public Builder priorityKeys(List<PriorityKey> keys) {
            this.priorityKeys = keys;
            return this;
        }

        public SelectionRules build() {
            return new SelectionRules(programId, ruleSet, fiscalYear, nationalCapacity, quotas, bands, bandSpill,
                    onsiteCompletionDeadline, emrDeadline, priorityKeys);
        }
    }
}
