package jp.mamori.program;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jp.mamori.program.domain.ProgramDefinition;
import jp.mamori.shared.BedBand;
import jp.mamori.shared.FiscalYear;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.shared.PrefectureQuota;
import jp.mamori.shared.PriorityKey;
import jp.mamori.shared.Problem;
import jp.mamori.shared.RuleSet;

/**
 * A program as sent by the API (`PUT /api/v1/programs/{id}`) or the edit page, with dates as text
 * so an impossible date (2025-02-30) is reported as a problem rather than a parse failure.
 */
public record ProgramInput(
        String name,
        Integer fiscalYear,
        String ruleSet,
        Integer nationalCapacity,
        String submissionDeadline,
        String onsiteCompletionDeadline,
        String emrDeadline,
        String previousProgramId,
        List<Band> bedBands,
        Boolean bandSpill,
        List<Quota> quotas,
        List<String> priorityKeys,
        Integer version,
        Map<String, Integer> surveyTargets) {

    /** The survey steps a target may be given for (days after the previous step's done date). */
    public static final List<String> SURVEY_TARGET_STEPS = List.of("MEMORANDUM", "PRESURVEY", "HEARING", "ONSITE", "REPORT", "DELIVERY");

    /** A program without survey targets: the survey's defaults apply. */
    public ProgramInput(String name, Integer fiscalYear, String ruleSet, Integer nationalCapacity, String submissionDeadline,
                        String onsiteCompletionDeadline, String emrDeadline, String previousProgramId, List<Band> bedBands,
                        Boolean bandSpill, List<Quota> quotas, List<String> priorityKeys, Integer version) {
        this(name, fiscalYear, ruleSet, nationalCapacity, submissionDeadline, onsiteCompletionDeadline, emrDeadline,
                previousProgramId, bedBands, bandSpill, quotas, priorityKeys, version, null);
    }

    /** Problems with the survey targets: known steps only, whole days from 1 to 365. */
    public List<Problem> surveyTargetProblems() {
        List<Problem> problems = new ArrayList<>();
        if (surveyTargets == null) {
            return problems;
        }
        surveyTargets.forEach((step, days) -> {
            if (!SURVEY_TARGET_STEPS.contains(step)) {
                problems.add(Problem.field("surveyTargets." + step, "INVALID_VALUE",
                        "目標日数を設定できる手順は " + String.join(", ", SURVEY_TARGET_STEPS) + " です（入力値: " + step + "）。"));
            } else if (days == null || days < 1 || days > 365) {
                problems.add(Problem.field("surveyTargets." + step, "INVALID_VALUE",
                        "手順 " + step + " の目標日数は1〜365の整数にしてください。"));
            }
        });
        return problems;
    }

    public record Band(String id, Integer minBeds, Integer maxBeds) {
    }

    public record Quota(String prefectureCode, Integer quota, Map<String, Integer> bands) {
    }

    /** The definition, or every problem found. */
    public record Parsed(ProgramDefinition definition, List<Problem> problems) {
    }

    public Parsed parse(String id) {
        List<Problem> problems = new ArrayList<>();
        FiscalYear fy = null;
        if (fiscalYear == null) {
            problems.add(Problem.field("fiscalYear", "MISSING_VALUE", "年度を入力してください（例: 2025）。"));
        } else if (fiscalYear < 2000 || fiscalYear > 2100) {
            problems.add(Problem.field("fiscalYear", "INVALID_VALUE", "年度は西暦で入力してください（例: 2025）。"));
        } else {
            fy = FiscalYear.of(fiscalYear);
        }
        RuleSet rules = null;
        if (ruleSet == null || ruleSet.isBlank()) {
            problems.add(Problem.field("ruleSet", "MISSING_VALUE", "選定ルールを FY2024 または FY2025 から選んでください。"));
        } else {
            try {
                rules = RuleSet.valueOf(ruleSet.trim());
            } catch (IllegalArgumentException e) {
                problems.add(Problem.field("ruleSet", "INVALID_VALUE", "選定ルールは FY2024 または FY2025 です（入力値: " + ruleSet + "）。"));
            }
        }
        int capacity = 0;
        if (nationalCapacity == null) {
            problems.add(Problem.field("nationalCapacity", "MISSING_VALUE", "全国の支援枠（病院数）を入力してください。"));
        } else {
            capacity = nationalCapacity;
        }
        LocalDate deadline = date("submissionDeadline", submissionDeadline, problems);
        LocalDate onsite = date("onsiteCompletionDeadline", onsiteCompletionDeadline, problems);
        LocalDate emr = date("emrDeadline", emrDeadline, problems);
        List<BedBand> bands = new ArrayList<>();
        if (bedBands != null) {
            for (int i = 0; i < bedBands.size(); i++) {
                Band b = bedBands.get(i);
                String where = "bedBands[" + i + "]";
                if (b == null || b.id() == null || b.id().isBlank() || b.minBeds() == null) {
                    problems.add(Problem.field(where, "MISSING_VALUE", "病床規模の区分には区分IDと下限病床数が必要です。"));
                    continue;
                }
                if (!b.id().trim().matches("[A-Za-z0-9_-]{1,20}")) {
                    problems.add(Problem.field(where + ".id", "INVALID_VALUE", "区分IDは半角英数字20文字以内にしてください（例: S, L）。"));
                    continue;
                }
                if (b.minBeds() < 0 || (b.maxBeds() != null && b.maxBeds() < b.minBeds())) {
                    problems.add(Problem.field(where, "INVALID_VALUE", "区分「" + b.id() + "」: 病床数の範囲は 0 ≦ 下限 ≦ 上限 にしてください。"));
                    continue;
                }
                bands.add(new BedBand(b.id().trim(), b.minBeds(), b.maxBeds()));
            }
        }
        Map<PrefectureCode, PrefectureQuota> quotaMap = new TreeMap<>();
        if (quotas != null) {
            for (int i = 0; i < quotas.size(); i++) {
                Quota q = quotas.get(i);
                String where = "quotas[" + i + "]";
                if (q == null || q.prefectureCode() == null || !PrefectureCode.isValid(norm(q.prefectureCode()))) {
                    problems.add(Problem.field(where + ".prefectureCode", "INVALID_VALUE", "都道府県コードは01〜47の2桁で指定してください。"));
                    continue;
                }
                PrefectureCode pref = new PrefectureCode(norm(q.prefectureCode()));
                if (q.quota() == null || q.quota() < 0) {
                    problems.add(Problem.field(where + ".quota", "INVALID_VALUE", "都道府県" + pref + ": 対象数は0以上の整数にしてください。"));
                    continue;
                }
                Map<String, Integer> byBand = new LinkedHashMap<>();
                boolean bad = false;
                if (q.bands() != null) {
                    for (Map.Entry<String, Integer> e : q.bands().entrySet()) {
                        if (e.getValue() == null || e.getValue() < 0) {
                            problems.add(Problem.field(where + ".bands", "INVALID_VALUE",
                                    "都道府県" + pref + ": 区分「" + e.getKey() + "」の対象数は0以上の整数にしてください。"));
                            bad = true;
                        } else {
                            byBand.put(e.getKey(), e.getValue());
                        }
                    }
                }
                if (bad) {
                    continue;
                }
                if (quotaMap.put(pref, new PrefectureQuota(q.quota(), byBand)) != null) {
                    problems.add(Problem.field(where + ".prefectureCode", "DUPLICATE_PREFECTURE", "都道府県" + pref + "の対象数が2回指定されています。"));
                }
            }
        }
        List<PriorityKey> keys = new ArrayList<>();
        if (priorityKeys != null) {
            for (String k : priorityKeys) {
                try {
                    keys.add(PriorityKey.valueOf(k.trim()));
                } catch (RuntimeException e) {
                    problems.add(Problem.field("priorityKeys", "INVALID_VALUE", "優先順位の基準「" + k + "」はありません。"));
                }
            }
        }
        if (!problems.isEmpty() || fy == null || rules == null) {
            return new Parsed(null, problems);
        }
        ProgramDefinition d = new ProgramDefinition(id, name, fy, rules, capacity, deadline, onsite, emr,
                previousProgramId == null || previousProgramId.isBlank() ? null : previousProgramId.trim(), bands,
                Boolean.TRUE.equals(bandSpill), quotaMap, keys);
        return new Parsed(d, problems);
    }

    private static LocalDate date(String field, String text, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(norm(text));
        } catch (DateTimeParseException e) {
            problems.add(Problem.field(field, "INVALID_DATE", "「" + text + "」は実在する日付ではありません。YYYY-MM-DD で入力してください。"));
            return null;
        }
    }

    private static String norm(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).trim();
    }

    /** The input form of a stored program, for the edit page and the API's GET. */
    public static ProgramInput of(Program program) {
        ProgramDefinition d = program.definition();
        List<Quota> q = new ArrayList<>();
        d.quotas().forEach((pref, pq) -> q.add(new Quota(pref.value(), pq.quota(), pq.bandQuotas())));
        return new ProgramInput(d.name(), d.fiscalYear().year(), d.ruleSet().name(), d.nationalCapacity(),
                str(d.submissionDeadline()), str(d.onsiteCompletionDeadline()), str(d.emrDeadline()), d.previousProgramId(),
                d.bedBands().stream().map(b -> new Band(b.id(), b.minBeds(), b.maxBeds())).toList(), d.bandSpill(), q,
                d.priorityKeys().stream().map(Enum::name).toList(), program.version(), program.surveyTargets());
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
