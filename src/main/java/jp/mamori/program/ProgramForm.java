package jp.mamori.program;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.mamori.shared.PriorityKey;
import jp.mamori.shared.Problem;

/** The edit page's form: every field as typed, so a refused form comes back as the user left it. */
public class ProgramForm {

    public static final int BAND_ROWS = 4;

    private String id = "";
    private String name = "";
    private String fiscalYear = "";
    private String ruleSet = "FY2025";
    private String nationalCapacity = "";
    private String submissionDeadline = "";
    private String onsiteCompletionDeadline = "";
    private String emrDeadline = "";
    private String previousProgramId = "";
    private boolean bandSpill;
    private Integer version;
    private List<BandRow> bands = new ArrayList<>();
    private List<QuotaRow> quotas = new ArrayList<>();
    private List<String> priorityKeys = new ArrayList<>(PriorityKey.DEFAULTS.stream().map(Enum::name).toList());

    public static class BandRow {
        private String id = "";
        private String minBeds = "";
        private String maxBeds = "";

        public String getId() { return id; }
        public void setId(String v) { id = v; }
        public String getMinBeds() { return minBeds; }
        public void setMinBeds(String v) { minBeds = v; }
        public String getMaxBeds() { return maxBeds; }
        public void setMaxBeds(String v) { maxBeds = v; }
    }

    public static class QuotaRow {
        private String prefectureCode = "";
        private String quota = "";
        private Map<String, String> bands = new LinkedHashMap<>();

        public String getPrefectureCode() { return prefectureCode; }
        public void setPrefectureCode(String v) { prefectureCode = v; }
        public String getQuota() { return quota; }
        public void setQuota(String v) { quota = v; }
        public Map<String, String> getBands() { return bands; }
        public void setBands(Map<String, String> v) { bands = v; }
    }

    public String getId() { return id; }
    public void setId(String v) { id = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getFiscalYear() { return fiscalYear; }
    public void setFiscalYear(String v) { fiscalYear = v; }
    public String getRuleSet() { return ruleSet; }
    public void setRuleSet(String v) { ruleSet = v; }
    public String getNationalCapacity() { return nationalCapacity; }
    public void setNationalCapacity(String v) { nationalCapacity = v; }
    public String getSubmissionDeadline() { return submissionDeadline; }
    public void setSubmissionDeadline(String v) { submissionDeadline = v; }
    public String getOnsiteCompletionDeadline() { return onsiteCompletionDeadline; }
    public void setOnsiteCompletionDeadline(String v) { onsiteCompletionDeadline = v; }
    public String getEmrDeadline() { return emrDeadline; }
    public void setEmrDeadline(String v) { emrDeadline = v; }
    public String getPreviousProgramId() { return previousProgramId; }
    public void setPreviousProgramId(String v) { previousProgramId = v; }
    public boolean isBandSpill() { return bandSpill; }
    public void setBandSpill(boolean v) { bandSpill = v; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer v) { version = v; }
    public List<BandRow> getBands() { return bands; }
    public void setBands(List<BandRow> v) { bands = v; }
    public List<QuotaRow> getQuotas() { return quotas; }
    public void setQuotas(List<QuotaRow> v) { quotas = v; }
    public List<String> getPriorityKeys() { return priorityKeys; }
    public void setPriorityKeys(List<String> v) { priorityKeys = v; }

    /** Band ids as currently typed, for the quota grid's columns. */
    public List<String> bandIds() {
        return bands.stream().map(BandRow::getId).filter(s -> s != null && !s.isBlank()).map(String::trim).toList();
    }

    /** Pads to a fixed number of band rows and one quota row per prefecture code given. */
    public ProgramForm pad(List<String> prefectureCodes) {
        while (bands.size() < BAND_ROWS) {
            bands.add(new BandRow());
        }
        Map<String, QuotaRow> byPref = new LinkedHashMap<>();
        quotas.forEach(q -> byPref.put(q.prefectureCode, q));
        List<QuotaRow> all = new ArrayList<>();
        for (String code : prefectureCodes) {
            QuotaRow row = byPref.getOrDefault(code, new QuotaRow());
            row.prefectureCode = code;
            all.add(row);
        }
        quotas = all;
        return this;
    }

    static ProgramForm of(Program program) {
        ProgramInput in = ProgramInput.of(program);
        ProgramForm f = new ProgramForm();
        f.id = program.id();
        f.name = in.name();
        f.fiscalYear = String.valueOf(in.fiscalYear());
        f.ruleSet = in.ruleSet();
        f.nationalCapacity = String.valueOf(in.nationalCapacity());
        f.submissionDeadline = nz(in.submissionDeadline());
        f.onsiteCompletionDeadline = nz(in.onsiteCompletionDeadline());
        f.emrDeadline = nz(in.emrDeadline());
        f.previousProgramId = nz(in.previousProgramId());
        f.bandSpill = Boolean.TRUE.equals(in.bandSpill());
        f.version = in.version();
        for (ProgramInput.Band b : in.bedBands()) {
            BandRow r = new BandRow();
            r.id = b.id();
            r.minBeds = String.valueOf(b.minBeds());
            r.maxBeds = b.maxBeds() == null ? "" : String.valueOf(b.maxBeds());
            f.bands.add(r);
        }
        for (ProgramInput.Quota q : in.quotas()) {
            QuotaRow r = new QuotaRow();
            r.prefectureCode = q.prefectureCode();
            r.quota = String.valueOf(q.quota());
            q.bands().forEach((k, v) -> r.bands.put(k, String.valueOf(v)));
            f.quotas.add(r);
        }
        f.priorityKeys = new ArrayList<>(in.priorityKeys());
        return f;
    }

    /** The typed input, or the numbers that are not numbers. Blank quota rows are left out. */
    ProgramInput toInput(List<Problem> problems) {
        List<ProgramInput.Band> bandInputs = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            BandRow b = bands.get(i);
            if (blank(b.id) && blank(b.minBeds) && blank(b.maxBeds)) {
                continue;
            }
            bandInputs.add(new ProgramInput.Band(b.id == null ? null : b.id.trim(),
                    number("bedBands[" + i + "].minBeds", b.minBeds, problems),
                    number("bedBands[" + i + "].maxBeds", b.maxBeds, problems)));
        }
        List<String> ids = bandIds();
        List<ProgramInput.Quota> quotaInputs = new ArrayList<>();
        for (QuotaRow q : quotas) {
            if (blank(q.quota) && q.bands.values().stream().allMatch(ProgramForm::blank)) {
                continue;
            }
            Map<String, Integer> byBand = new LinkedHashMap<>();
            for (String id : ids) {
                Integer v = number("quotas[" + q.prefectureCode + "].bands." + id, q.bands.get(id), problems);
                if (v != null) {
                    byBand.put(id, v);
                }
            }
            Integer total = blank(q.quota) && !byBand.isEmpty()
                    ? Integer.valueOf(byBand.values().stream().mapToInt(Integer::intValue).sum())
                    : number("quotas[" + q.prefectureCode + "].quota", q.quota, problems);
            quotaInputs.add(new ProgramInput.Quota(q.prefectureCode, total == null ? 0 : total, byBand));
        }
        return new ProgramInput(name, number("fiscalYear", fiscalYear, problems), ruleSet,
                number("nationalCapacity", nationalCapacity, problems), submissionDeadline, onsiteCompletionDeadline,
                emrDeadline, previousProgramId, bandInputs, bandSpill, quotaInputs,
                priorityKeys.stream().filter(k -> !blank(k)).toList(), version);
    }

    private static Integer number(String field, String text, List<Problem> problems) {
        if (blank(text)) {
            return null;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).trim().replace(",", "");
        if (!s.matches("\\d{1,7}")) {
            problems.add(Problem.field(field, "INVALID_VALUE", "「" + text + "」は0以上の整数で入力してください。"));
            return null;
        }
        return Integer.parseInt(s);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
