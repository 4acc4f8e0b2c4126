package jp.mamori.selection.domain;

import jp.mamori.shared.PriorityKey;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jp.mamori.shared.JapaneseDates;
import jp.mamori.shared.PrefectureCode;

/**
 * The one-line explanations a prefecture officer reads, in Japanese and English. Built from the
 * state at the moment of the decision only, so a replay writes the same words.
 */
public final class Explanations {

    /** How many skipped ineligible hospitals a selection names before 「ほかN件」. */
    static final int SKIPPED_SHOWN = 3;

    private final Function<PrefectureCode, String> prefectureNames;

    /** @param prefectureNames Japanese prefecture names; {@code null} writes 「この都道府県」 */
    public Explanations(Function<PrefectureCode, String> prefectureNames) {
        this.prefectureNames = prefectureNames;
    }

    /** Why a waitlisted hospital is still waiting. */
    enum WaitReason {
        /** Its slot is open: the next fill will take it. */
        PENDING_FILL,
        PREFECTURE_FULL,
        BAND_FULL,
        NO_BAND,
        CAPACITY_REACHED
    }

    // ---- decisions ----------------------------------------------------------------------

    Explanation ineligible(SelectionRules rules, Candidate c, List<ReasonCode> reasons) {
        return new Explanation(
                rankJa(c) + "：対象外：" + String.join("、", reasonsJa(rules, c, reasons)),
                rankEn(c) + ": not eligible: " + String.join(", ", reasonsEn(rules, c, reasons)));
    }

    Explanation waitlisted(SelectionRules rules, Candidate c, int position, WaitReason why, String band) {
        PrefectureCode p = c.prefecture();
        int q = rules.quota(p);
        int qb = band == null ? 0 : rules.bandQuota(p, band);
        String ja;
        String en;
        switch (why) {
            case PENDING_FILL -> {
                ja = "選定処理の実行待ち";
                en = "waiting for the selection run";
            }
            case PREFECTURE_FULL -> {
                ja = q == 0 ? nameJa(p) + "の枠は0" : quotaJa(p, q) + "はすべて選定済み";
                en = q == 0 ? nameEn(p) + " has no quota" : quotaEn(p, q) + " is full";
            }
            case BAND_FULL -> {
                ja = qb == 0 ? "帯" + band + "の枠は0" : "帯" + band + "の枠" + qb + "はすべて選定済み";
                en = qb == 0 ? "band " + band + " has no quota" : "band " + band + " (quota " + qb + ") is full";
            }
            case NO_BAND -> {
                ja = bedsJa(c) + "に該当する病床帯がない";
                en = "no band fits " + bedsEn(c);
            }
            case CAPACITY_REACHED -> {
                ja = "全国の受入上限" + rules.nationalCapacity() + "に達している";
                en = "the national capacity of " + rules.nationalCapacity() + " is reached";
            }
            default -> throw new IllegalStateException(why.name());
        }
        return new Explanation(
                rankJa(c) + "：待機" + position + "番目（" + ja + "）",
                rankEn(c) + ": waitlisted, no. " + position + " (" + en + ")");
    }

    /** QUOTA, DESIGNATION and BAND_SPILL: a PREFECTURE slot taken by a fill. */
    Explanation prefectureSelection(SelectionRules rules, Candidate c, Pick pick, int positionInPrefecture,
                                    int positionInBand, List<Nomination> skipped) {
        PrefectureCode p = c.prefecture();
        int q = rules.quota(p);
        String ja;
        String en;
        switch (pick.origin()) {
            case DESIGNATION -> {
                ja = "都道府県が指定した病院として" + quotaJa(p, q) + "のうち" + positionInPrefecture + "番目に選定";
                en = "designated by the prefecture; selected as no. " + positionInPrefecture + " of " + quotaEn(p, q);
            }
            case BAND_SPILL -> {
                String ownBand = pick.band();
                int qb = ownBand == null ? 0 : rules.bandQuota(p, ownBand);
                String whyJa = ownBand == null ? bedsJa(c) + "に該当する病床帯がないため"
                        : qb == 0 ? "帯" + ownBand + "の枠は0のため"
                        : "帯" + ownBand + "の枠" + qb + "は選定済みのため";
                String whyEn = ownBand == null ? "no band fits " + bedsEn(c)
                        : qb == 0 ? "band " + ownBand + " has no quota"
                        : "band " + ownBand + " (quota " + qb + ") was full";
                ja = whyJa + "、他の帯の空き枠を融通して" + quotaJa(p, q) + "のうち" + positionInPrefecture + "番目として選定";
                en = whyEn + "; selected into another band's unused slot as no. " + positionInPrefecture + " of " + quotaEn(p, q);
                return new Explanation(rankJa(c) + "：" + ja + skippedJa(rules, skipped),
                        rankEn(c) + ": " + en + skippedEn(rules, skipped));
            }
            default -> {
                ja = quotaJa(p, q) + "のうち" + positionInPrefecture + "番目として選定";
                en = "selected as no. " + positionInPrefecture + " of " + quotaEn(p, q);
            }
        }
        String bandJa = "";
        String bandEn = "";
        if (rules.banded() && pick.band() != null) {
            int qb = rules.bandQuota(p, pick.band());
            bandJa = "（帯" + pick.band() + "：枠" + qb + "のうち" + positionInBand + "番目）";
            bandEn = " (band " + pick.band() + ": no. " + positionInBand + " of " + qb + ")";
        }
        return new Explanation(rankJa(c) + "：" + ja + bandJa + skippedJa(rules, skipped),
                rankEn(c) + ": " + en + bandEn + skippedEn(rules, skipped));
    }

    Explanation surplus(SelectionRules rules, Candidate c, NationalPick pick, int positionInCapacity,
                        List<Nomination> skipped) {
        int cap = rules.nationalCapacity();
        return new Explanation(
                rankJa(c) + "：全国枠で追加選定（全国の受入上限" + cap + "のうち" + positionInCapacity + "番目）。"
                        + "待機先頭" + pick.contenders() + "件の中で優先順位が最上位："
                        + priorityAttributesJa(rules.priorityKeys(), pick.facts()) + skippedJa(rules, skipped),
                rankEn(c) + ": selected from the national surplus (no. " + positionInCapacity + " of capacity " + cap
                        + "); best of " + pick.contenders() + " waitlist heads by priority: "
                        + priorityAttributesEn(rules.priorityKeys(), pick.facts()) + skippedEn(rules, skipped));
    }

    Explanation replacement(SelectionRules rules, Candidate c, Pick pick, Candidate replaced, List<Nomination> skipped) {
        PrefectureCode p = c.prefecture();
        String slotJa = pick.slot() == Slot.NATIONAL ? "全国枠" : nameJa(p) + "の枠";
        String slotEn = pick.slot() == Slot.NATIONAL ? "national slot" : "prefecture slot";
        String bandJa = "";
        String bandEn = "";
        if (pick.slot() == Slot.PREFECTURE && rules.bandsBind() && pick.band() != null) {
            bandJa = "（帯" + pick.band() + "）";
            bandEn = " (band " + pick.band() + ")";
        }
        return new Explanation(
                rankJa(c) + "：辞退した" + hospitalJa(replaced) + "の" + slotJa + bandJa + "を引き継いで選定"
                        + skippedJa(rules, skipped),
                rankEn(c) + ": took over the " + slotEn + bandEn + " of " + hospitalEn(replaced) + ", which withdrew"
                        + skippedEn(rules, skipped));
    }

    Explanation withdrawn(Candidate c, String reason, Candidate replacement) {
        boolean given = reason != null && !reason.isBlank();
        String ja = rankJa(c) + "：辞退" + (given ? "（理由：" + oneLine(reason) + "）" : "") + "。"
                + (replacement != null ? "後任：" + hospitalJa(replacement)
                : "後任なし（引き継げる待機中の病院がなく枠は空き）");
        String en = rankEn(c) + ": withdrew" + (given ? " (reason: " + oneLine(reason) + ")" : "") + "; "
                + (replacement != null ? "replaced by " + hospitalEn(replacement)
                : "no replacement (no suitable hospital waiting), the slot stays open");
        return new Explanation(ja, en);
    }

    // ---- reasons ------------------------------------------------------------------------

    /** A reason in plain Japanese, with the values that made it fail. */
    public static String reasonJa(SelectionRules rules, Candidate c, ReasonCode code) {
        return switch (code) {
            case NO_CONSENT -> "同意が未取得";
            case BEDS_UNDER_20 -> "病床数が20床未満（" + (c.effectiveBeds() == null ? "記載なし" : c.effectiveBeds() + "床") + "）";
            case NO_EMR -> c.emr() == jp.mamori.shared.EmrStatus.PLANNED ? "電子カルテが未導入（導入予定は対象外）" : "電子カルテが未導入";
            case EMR_PLANNED_TOO_LATE -> c.emrPlannedDate() == null
                    ? "電子カルテの導入予定時期が未記入"
                    : "電子カルテの導入予定時期（" + JapaneseDates.wareki(c.emrPlannedDate()) + "）が期限（"
                            + JapaneseDates.wareki(rules.emrDeadline()) + "）より後";
            case ONSITE_AFTER_DEADLINE -> c.onsiteExpectedBy() == null
                    ? "システム更改予定ありで現地調査完了見込み時期が未記入"
                    : "システム更改予定ありで現地調査完了見込み（" + JapaneseDates.wareki(c.onsiteExpectedBy())
                            + "）が期限（" + JapaneseDates.wareki(rules.onsiteCompletionDeadline()) + "）より後";
            case COMPLETED_PREVIOUS_YEAR -> "前年度事業で調査完了済み";
            case BACKUP_ONLY -> "オフラインバックアップのみの希望";
        };
    }

    public static String reasonEn(SelectionRules rules, Candidate c, ReasonCode code) {
        return switch (code) {
            case NO_CONSENT -> "the hospital has not consented";
            case BEDS_UNDER_20 -> "fewer than 20 beds (" + (c.effectiveBeds() == null ? "not given" : c.effectiveBeds()) + ")";
            case NO_EMR -> c.emr() == jp.mamori.shared.EmrStatus.PLANNED ? "no EMR in use (planned does not count)" : "no EMR";
            case EMR_PLANNED_TOO_LATE -> c.emrPlannedDate() == null
                    ? "EMR planned without a date"
                    : "EMR planned for " + c.emrPlannedDate() + ", after the deadline " + rules.emrDeadline();
            case ONSITE_AFTER_DEADLINE -> c.onsiteExpectedBy() == null
                    ? "system renewal planned and no expected on-site completion date"
                    : "system renewal planned and on-site survey expected by " + c.onsiteExpectedBy()
                            + ", after the deadline " + rules.onsiteCompletionDeadline();
            case COMPLETED_PREVIOUS_YEAR -> "survey completed in the previous program";
            case BACKUP_ONLY -> "wants the offline backup support only";
        };
    }

    static List<String> reasonsJa(SelectionRules rules, Candidate c, List<ReasonCode> reasons) {
        return reasons.stream().map(r -> reasonJa(rules, c, r)).toList();
    }

    static List<String> reasonsEn(SelectionRules rules, Candidate c, List<ReasonCode> reasons) {
        return reasons.stream().map(r -> reasonEn(rules, c, r)).toList();
    }

    // ---- priority attributes ------------------------------------------------------------

    /** The attributes the priority keys looked at, e.g. 「災害拠点病院・急性期・350床・順位7位」. */
    public static String priorityAttributesJa(List<PriorityKey> keys, PriorityFacts f) {
        List<String> parts = new ArrayList<>();
        for (PriorityKey k : keys) {
            switch (k) {
                case DISASTER_BASE -> parts.add(f.disasterBase() ? "災害拠点病院" : "災害拠点病院ではない");
                case ACUTE_CARE -> parts.add(f.acuteCare() ? "急性期" : "急性期ではない");
                case EMERGENCY -> parts.add(f.emergency() ? "救急告示" : "救急告示ではない");
                case BEDS -> parts.add(f.beds() + "床");
                case PREFECTURE_RANK -> {
                    if (f.rank() != null) {
                        parts.add("順位" + f.rank() + "位");
                    }
                }
                default -> {
                    // codes only break ties; naming them explains nothing
                }
            }
        }
        return String.join("・", parts);
    }

    public static String priorityAttributesEn(List<PriorityKey> keys, PriorityFacts f) {
        List<String> parts = new ArrayList<>();
        for (PriorityKey k : keys) {
            switch (k) {
                case DISASTER_BASE -> parts.add(f.disasterBase() ? "disaster base hospital" : "not a disaster base hospital");
                case ACUTE_CARE -> parts.add(f.acuteCare() ? "acute care" : "not acute care");
                case EMERGENCY -> parts.add(f.emergency() ? "emergency hospital" : "not an emergency hospital");
                case BEDS -> parts.add(f.beds() + " beds");
                case PREFECTURE_RANK -> {
                    if (f.rank() != null) {
                        parts.add("rank " + f.rank());
                    }
                }
                default -> {
                }
            }
        }
        return String.join(", ", parts);
    }

    // ---- pieces -------------------------------------------------------------------------

    private String skippedJa(SelectionRules rules, List<Nomination> skipped) {
        if (skipped.isEmpty()) {
            return "";
        }
        List<String> items = new ArrayList<>();
        for (Nomination n : skipped.subList(0, Math.min(SKIPPED_SHOWN, skipped.size()))) {
            Candidate c = n.candidate();
            items.add(c.rank() + "位 " + c.displayName() + "〔"
                    + String.join("・", reasonsJa(rules, c, n.decision().reasons())) + "〕");
        }
        int more = skipped.size() - items.size();
        return "。上位の対象外：" + String.join("、", items) + (more > 0 ? "ほか" + more + "件" : "");
    }

    private String skippedEn(SelectionRules rules, List<Nomination> skipped) {
        if (skipped.isEmpty()) {
            return "";
        }
        List<String> items = new ArrayList<>();
        for (Nomination n : skipped.subList(0, Math.min(SKIPPED_SHOWN, skipped.size()))) {
            Candidate c = n.candidate();
            items.add("rank " + c.rank() + " " + c.displayName() + " ["
                    + String.join("; ", reasonsEn(rules, c, n.decision().reasons())) + "]");
        }
        int more = skipped.size() - items.size();
        return "; higher-ranked but not eligible: " + String.join(", ", items) + (more > 0 ? " and " + more + " more" : "");
    }

    private static String rankJa(Candidate c) {
        return "順位" + c.rank() + "位" + (c.designated() ? "（指定）" : "");
    }

    private static String rankEn(Candidate c) {
        return "Rank " + c.rank() + (c.designated() ? " (designated)" : "");
    }

    private static String hospitalJa(Candidate c) {
        return "順位" + c.rank() + "位 " + c.displayName() + "（" + c.hospitalCode() + "）";
    }

    private static String hospitalEn(Candidate c) {
        return "rank " + c.rank() + " " + c.displayName() + " (" + c.hospitalCode() + ")";
    }

    private static String bedsJa(Candidate c) {
        return c.effectiveBeds() == null ? "病床数（記載なし）" : "病床数" + c.effectiveBeds() + "床";
    }

    private static String bedsEn(Candidate c) {
        return c.effectiveBeds() == null ? "unknown beds" : c.effectiveBeds() + " beds";
    }

    private String nameJa(PrefectureCode p) {
        String name = prefectureNames == null ? null : prefectureNames.apply(p);
        return name == null || name.isBlank() ? "この都道府県" : name;
    }

    private static String nameEn(PrefectureCode p) {
        return "prefecture " + p.value();
    }

    private String quotaJa(PrefectureCode p, int q) {
        return nameJa(p) + "の枠" + q;
    }

    private static String quotaEn(PrefectureCode p, int q) {
        return "the quota of " + q + " for " + nameEn(p);
    }

    /** A reason typed with line breaks would break the one-line rule. */
    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
