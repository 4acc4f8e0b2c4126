package jp.mamori.selection.domain;

import jp.mamori.shared.RuleSet;
import jp.mamori.shared.BedBand;
import jp.mamori.shared.PrefectureQuota;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.mamori.shared.FiscalYear;
import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;

/** Small builders so each test states only what matters to it. */
final class Fixtures {

    static final PrefectureCode TOKYO = PrefectureCode.of(13);
    static final PrefectureCode OSAKA = PrefectureCode.of(27);
    static final PrefectureCode HOKKAIDO = PrefectureCode.of(1);
    static final LocalDate ONSITE_DEADLINE = LocalDate.of(2026, 1, 31);
    static final LocalDate EMR_DEADLINE = LocalDate.of(2025, 3, 31);
    static final List<BedBand> S_L = List.of(BedBand.of("S", 20, 199), BedBand.from("L", 200));

    private Fixtures() {
    }

    static HospitalCode code(PrefectureCode p, int n) {
        return new HospitalCode(p.value() + String.format("%08d", n));
    }

    /** An eligible candidate with 100 beds, named 病院N. */
    static Candidate.Builder candidate(PrefectureCode p, int n, int rank) {
        return Candidate.builder(code(p, n), rank).name("病院" + n).beds(100);
    }

    static Candidate eligible(PrefectureCode p, int n, int rank) {
        return candidate(p, n, rank).build();
    }

    static SelectionRules.Builder fy2025() {
        return SelectionRules.builder("FY2025", RuleSet.FY2025, FiscalYear.of(2025))
                .nationalCapacity(2000)
                .onsiteCompletionDeadline(ONSITE_DEADLINE);
    }

    static SelectionRules.Builder fy2024() {
        return SelectionRules.builder("FY2024", RuleSet.FY2024, FiscalYear.of(2024))
                .nationalCapacity(2000)
                .emrDeadline(EMR_DEADLINE);
    }

    static SelectionRules unbanded(int capacity, Map<PrefectureCode, Integer> quotas) {
        SelectionRules.Builder b = fy2025().nationalCapacity(capacity);
        quotas.forEach(b::quota);
        return b.build();
    }

    static SelectionRules banded(int capacity, boolean spill, Map<PrefectureCode, Map<String, Integer>> quotas) {
        SelectionRules.Builder b = fy2025().nationalCapacity(capacity).bands(S_L).bandSpill(spill);
        quotas.forEach((p, q) -> b.quota(p, PrefectureQuota.banded(q)));
        return b.build();
    }

    static Decision decision(SelectionBook book, PrefectureCode p, int n) {
        return book.decision(code(p, n)).orElseThrow();
    }

    static String names(PrefectureCode p) {
        return switch (p.number()) {
            case 1 -> "北海道";
            case 13 -> "東京都";
            case 27 -> "大阪府";
            default -> null;
        };
    }
}
