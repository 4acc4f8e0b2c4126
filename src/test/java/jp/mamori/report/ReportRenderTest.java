package jp.mamori.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.mamori.checklist.ChecklistFixture;
import jp.mamori.support.Api;
import jp.mamori.support.IntegrationTest;
import jp.mamori.survey.SurveyFixture;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A realistic case (20 connection points, a FortiGate matching KEV, findings of every severity, both checklists,
 * a BCP answer, a backup plan with the hospital's decision) made through the APIs, rendered and read back.
 */
@IntegrationTest
class ReportRenderTest {

    static final String FORMULA_NOTE = "=HYPERLINK(\"http://example.com\",\"開く\")";
    static final String TYPED_MARKUP = "<img src=\"http://127.0.0.1:9/leak.png\">";

    @Autowired
    Api api;
    @Autowired
    SurveyFixture fixture;
    @Autowired
    ChecklistFixture checklists;
    @Autowired
    ReportRenderer renderer;

    SurveyFixture.Parties p;
    String hospitalCode;
    String hospitalName;
    String organizationId;
    ReportText text = new ReportText("保守回線の管理に課題があります。", List.of("FortiGate の更新を最優先で行う", "常時接続の回線に二要素認証を入れる"));
    ReportStamp stamp = ReportStamp.draft(1);

    @BeforeEach
    void setUp() {
        p = fixture.create();
        fixture.signMemorandum(p);
        JsonNode c = api.get(p.subA(), "/api/v1/cases/" + p.caseId()).json();
        hospitalCode = c.get("hospitalCode").asText();
        hospitalName = c.get("hospitalName").asText();
        organizationId = c.get("organizationId").asText();
    }

    String findings() {
        return "/api/v1/cases/" + p.caseId() + "/findings";
    }

    static Map<String, Object> quiet(int i) {
        Map<String, Object> device = new HashMap<>();
        device.put("vendor", "ヤマハ");
        device.put("product", "RTX1300");
        device.put("version", "7.2." + i);
        device.put("address", "192.0.2." + i);
        Map<String, Object> m = new HashMap<>();
        m.put("purpose", "REMOTE_MAINTENANCE");
        m.put("counterpart", "保守" + i + "社");
        m.put("system", i % 2 == 0 ? "PACS" : "電子カルテ");
        m.put("line", "INTERNET_VPN");
        m.put("device", device);
        m.put("alwaysOn", false);
        m.put("openedBy", "情報システム担当");
        m.put("authentication", "TWO_FACTOR");
        m.put("sourceRestricted", true);
        m.put("logging", true);
        m.put("logReviewed", true);
        m.put("lastPatchedOn", LocalDate.now(jp.mamori.shared.JapaneseDates.TOKYO).minusDays(10).toString());
        m.put("knownBefore", true);
        m.put("status", "HEARING");
        return m;
    }

    long point(Map<String, Object> row) {
        Api.Response r = api.post(p.subA(), "/api/v1/cases/" + p.caseId() + "/connections", row);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    List<JsonNode> all() {
        List<JsonNode> out = new ArrayList<>();
        api.get(p.subA(), findings()).json().get("findings").forEach(out::add);
        return out;
    }

    JsonNode ofRule(String rule) {
        return all().stream().filter(f -> rule.equals(f.get("rule").asText(null))).findFirst().orElseThrow(() -> new AssertionError(rule));
    }

    void confirm(JsonNode f) {
        Api.Response r = api.post(p.subA(), findings() + "/" + f.get("id").asLong() + "/confirm", null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    void manual(Long connectionId, String severity, String title, String description) {
        Map<String, Object> body = new HashMap<>();
        body.put("connectionId", connectionId);
        body.put("severity", severity);
        body.put("title", title);
        body.put("description", description);
        body.put("recommendation", title + "への対策を保守事業者と決めてください。");
        body.put("reference", "チェックリスト 2-3");
        Api.Response r = api.post(p.subA(), findings(), body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    /** The whole case: 20 points, every severity confirmed, one suggestion left and one dismissed, checklists, BCP, plan. */
    void realisticCase() {
        Map<String, Object> forti = quiet(1);
        forti.put("device", Map.of("vendor", "Fortinet", "product", "FortiGate 60F", "version", "6.0.4", "address", "192.0.2.1"));
        forti.put("counterpart", "電子カルテ保守センター");
        point(forti);
        Map<String, Object> always = quiet(2);
        always.put("alwaysOn", true);
        always.put("authentication", "PASSWORD");
        always.put("note", FORMULA_NOTE);
        long alwaysOn = point(always);
        Map<String, Object> unknown = quiet(3);
        unknown.put("knownBefore", false);
        point(unknown);
        Map<String, Object> stale = quiet(4);
        stale.put("lastPatchedOn", "2020-01-01");
        point(stale);
        for (int i = 5; i <= 20; i++) {
            point(quiet(i));
        }
        confirm(ofRule("KEV_MATCH"));
        confirm(ofRule("ALWAYS_ON_PASSWORD_ONLY"));
        confirm(ofRule("UNKNOWN_BEFORE_SURVEY"));
        Api.Response dismissed = api.post(p.subA(), findings() + "/" + ofRule("STALE_PATCH").get("id").asLong() + "/dismiss",
                Map.of("reason", "台帳の誤記（却下した提案）"));
        assertThat(dismissed.status()).as(dismissed.body()).isEqualTo(200);
        manual(alwaysOn, "LOW", "保守用端末の共用アカウント", "保守事業者の担当者全員が同じアカウントを使っている。" + TYPED_MARKUP);
        manual(null, "INFO", "ネットワーク構成図が古い", "構成図の更新日が3年前。");

        LocalDate today = fixture.today();
        Api.Response h = checklists.put(p.hospital(), hospitalCode, "HOSPITAL", checklists.allYes(p.hospital(), today));
        assertThat(h.status()).as(h.body()).isEqualTo(200);
        Map<String, Object> found = checklists.allYes(p.subA(), today);
        found.remove("2-1");
        String checked = today.isAfter(LocalDate.of(2026, 3, 31)) ? "2026-03-01" : today.toString();
        found.put("2-1@S", Map.of("answer", "NO", "checkedOn", checked, "targetOn", "2026-03-31"));
        found.put("2-1@PC", ChecklistFixture.yes(today));
        found.put("2-1@NW", ChecklistFixture.yes(today));
        Api.Response c = checklists.put(p.subA(), hospitalCode, "CONTRACTOR", found);
        assertThat(c.status()).as(c.body()).isEqualTo(200);
        // a suggestion nobody confirmed stays out of the report: the mismatch is raised and left SUGGESTED
        assertThat(ofRule("CHECKLIST_MISMATCH").get("state").asText()).isEqualTo("SUGGESTED");

        Map<String, Object> bcp = new LinkedHashMap<>();
        api.get(p.hospital(), "/api/v1/checklists/BCP2024").json().get("items").forEach(i -> bcp.put(i.get("id").asText(), ChecklistFixture.yes(today)));
        Api.Response b = api.put(p.hospital(), "/api/v1/hospitals/" + hospitalCode + "/checklists/BCP2024/HOSPITAL", Map.of("answers", bcp));
        assertThat(b.status()).as(b.body()).isEqualTo(200);

        Map<String, Object> plan = new HashMap<>();
        plan.put("systems", List.of(system("電子カルテ", 2, "OFFLINE_MEDIA"), system("PACS", "1.5", "ISOLATED_CLOUD")));
        plan.put("costPerTbMin", 300000);
        plan.put("costPerTbMax", 400000);
        plan.put("declined", false);
        Api.Response proposed = api.put(p.subA(), "/api/v1/cases/" + p.caseId() + "/backup-plan", plan);
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
        Map<String, Object> decision = new HashMap<>();
        decision.put("choice", "ADOPT");
        decision.put("decidedOn", today.toString());
        decision.put("until", null);
        Api.Response decided = api.put(p.hospital(), "/api/v1/cases/" + p.caseId() + "/backup-plan", Map.of("decision", decision));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    }

    static Map<String, Object> system(String name, Object tb, String separation) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("kind", name);
        m.put("dataTb", tb);
        m.put("frequency", "DAILY");
        m.put("generations", 5);
        m.put("separation", separation);
        m.put("restoreTargetHours", 24);
        return m;
    }

    @Test
    void theReportOfARealisticCaseReadsBackWithItsNamesCvesCostAndJapaneseHeadingsInEmbeddedFonts() throws IOException {
        realisticCase();
        byte[] pdf = renderer.pdf(p.caseId(), text, stamp);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String all = new PDFTextStripper().getText(doc);
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            assertThat(all).contains(hospitalName, "CVE-2018-13379", "1,050,000円〜1,400,000円", "導入する");
            assertThat(all).contains("調査の概要", "優先して取り組むこと", "未対応の指摘（重要度の高い順）", "外部接続構成図", "外部接続点台帳",
                    "検証結果（重要度別）", "サイバーセキュリティ対策チェックリストの結果", "BCP確認表の結果", "オフライン・バックアップ体制の提案");
            assertThat(all).contains("重要度「緊急」", "重要度「高」", "重要度「中」", "重要度「低」", "重要度「情報」", "知られている");
            assertThat(all).contains("FortiGate の更新を最優先で行う", "相違あり", "第1版", "未承認（下書き）");
            assertThat(all).as("the cover: the subcontractor holding the case, the memorandum's date")
                    .contains("株式会社 " + organizationId, "覚書の締結 " + jp.mamori.report.domain.ReportDates.both(fixture.today()) + " 完了");
            assertThat(all).as("typed markup shown as text").contains("<img src=");
            assertThat(all).as("neither the suggestion left nor the dismissed one")
                    .doesNotContain("台帳の誤記").doesNotContain(ofRule("CHECKLIST_MISMATCH").get("title").asText())
                    .doesNotContain(ofRule("STALE_PATCH").get("title").asText());
            assertThat(all).contains("1 / " + pages, pages + " / " + pages);
            assertThat(all).as("a date in 和暦 and Western form").containsPattern("令和\\d+年\\d+月\\d+日（20\\d\\d-\\d\\d-\\d\\d）");
            assertThat(ReportFonts.notEmbedded(doc)).isEmpty();
            // the open findings, worst first, on the summary page
            String summary = all.substring(all.indexOf("未対応の指摘（重要度の高い順）"), all.indexOf("外部接続構成図"));
            List<Integer> at = new ArrayList<>();
            for (String rule : List.of("KEV_MATCH", "ALWAYS_ON_PASSWORD_ONLY", "UNKNOWN_BEFORE_SURVEY")) {
                String title = ofRule(rule).get("title").asText();
                at.add(summary.indexOf(title.substring(0, Math.min(10, title.length()))));
            }
            at.add(summary.indexOf("保守用端末の共用アカウント"));
            at.add(summary.indexOf("ネットワーク構成図が古い"));
            assertThat(at).as("CRITICAL, HIGH, MEDIUM, LOW, INFO").doesNotContain(-1).isSorted();
        }
    }

    @Test
    void theExcelVersionHoldsTheSameTablesOneSheetEachWithFormulaLookingTextKeptAsText() throws IOException {
        realisticCase();
        byte[] xlsx = renderer.xlsx(p.caseId(), text, stamp);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("表紙・概要", "外部接続点", "指摘事項", "チェックリスト", "BCP", "バックアップ");
            assertThat(text(wb.getSheet("表紙・概要"))).contains(hospitalName, "FortiGate の更新を最優先で行う");
            assertThat(text(wb.getSheet("指摘事項"))).contains("CVE-2018-13379", "保守用端末の共用アカウント")
                    .doesNotContain("台帳の誤記");
            assertThat(text(wb.getSheet("バックアップ"))).contains("1,050,000円〜1,400,000円", "導入する");
            assertThat(text(wb.getSheet("チェックリスト"))).contains("相違あり");
            Sheet inventory = wb.getSheet("外部接続点");
            assertThat(text(inventory)).contains("保守20社", "FortiGate 60F");
            Cell note = find(inventory, FORMULA_NOTE);
            assertThat(note.getCellType()).isEqualTo(CellType.STRING);
            assertThat(note.getCellStyle().getQuotePrefixed()).isTrue();
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell cell : r) {
                        assertThat(cell.getCellType()).as(s.getSheetName() + " " + cell.getAddress()).isEqualTo(CellType.STRING);
                    }
                }
            }
        }
    }

    static String text(Sheet s) {
        DataFormatter f = new DataFormatter();
        StringBuilder b = new StringBuilder();
        s.forEach(r -> r.forEach(c -> b.append(f.formatCellValue(c)).append('\n')));
        return b.toString();
    }

    static Cell find(Sheet s, String value) {
        for (Row r : s) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING && value.equals(c.getStringCellValue())) {
                    return c;
                }
            }
        }
        throw new AssertionError(value + " not in " + s.getSheetName());
    }
}
