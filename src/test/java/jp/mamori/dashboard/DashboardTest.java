package jp.mamori.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.mamori.registry.Hospital;
import jp.mamori.registry.Registry;
import jp.mamori.security.Role;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.support.Api;
import jp.mamori.support.Forms;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.TestPrograms;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The dashboard's figures are the decisions' own counts; the exports hold every decision, with formulas disarmed. */
@IntegrationTest
class DashboardTest {

    @Autowired
    Api api;
    @Autowired
    TestPrograms programs;
    @Autowired
    Registry registry;

    String pid;
    String admin;
    List<Hospital> gunma;

    @BeforeEach
    void program() {
        admin = api.token(Role.MHLW_ADMIN, null);
        // Gunma: 5 for 3 slots; Saitama: 1 for 2 (one open slot); Chiba: 6 for 4. The prefecture fill selects 8,
        // the national fill one more (capacity 9); Gunma's first withdraws and its next waiting hospital replaces it.
        pid = programs.create(9, Map.of("10", 3, "11", 2, "12", 4));
        gunma = bigHospitals("10", 5);
        upload("10", gunma);
        upload("11", bigHospitals("11", 1));
        upload("12", bigHospitals("12", 6));
        api.post(admin, "/api/v1/programs/" + pid + "/selection/fill", Map.of("scope", "PREFECTURES"));
        api.post(admin, "/api/v1/programs/" + pid + "/selection/fill", Map.of("scope", "NATIONAL"));
        api.post(admin, "/api/v1/programs/" + pid + "/selection/withdrawals",
                Map.of("hospitalCode", gunma.get(0).code().value(), "reason", "=HYPERLINK(\"http://evil\",\"x\")"));
    }

    List<Hospital> bigHospitals(String pref, int n) {
        return registry.hospitalsIn(new PrefectureCode(pref)).stream().filter(h -> h.beds() != null && h.beds() >= 20).limit(n).toList();
    }

    void upload(String pref, List<Hospital> hospitals) {
        api.upload(api.token(Role.PREFECTURE, pref), "/api/v1/programs/" + pid + "/prefectures/" + pref + "/nominations",
                Forms.workbook("x", new PrefectureCode(pref), Forms.eligibleRows(hospitals)), "l.xlsx");
    }

    @Test
    void figuresEqualTheCountsTakenStraightFromTheDecisions() {
        JsonNode dashboard = api.get(admin, "/api/v1/programs/" + pid + "/dashboard").json();
        JsonNode decisions = api.get(admin, "/api/v1/programs/" + pid + "/selection").json().get("decisions");
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> prefectureSlots = new HashMap<>();
        decisions.forEach(d -> {
            counts.merge(d.get("status").asText(), 1, Integer::sum);
            counts.merge(d.get("prefectureCode").asText() + ":" + d.get("status").asText(), 1, Integer::sum);
            if (d.get("status").asText().equals("SELECTED") && d.get("slot").asText().equals("PREFECTURE")) {
                prefectureSlots.merge(d.get("prefectureCode").asText(), 1, Integer::sum);
            }
        });
        JsonNode national = dashboard.get("national");
        assertThat(national.get("capacity").asInt()).isEqualTo(9);
        assertThat(national.get("selected").asInt()).isEqualTo(counts.getOrDefault("SELECTED", 0)).isEqualTo(9);
        assertThat(national.get("waitlisted").asInt()).isEqualTo(counts.getOrDefault("WAITLISTED", 0));
        assertThat(national.get("withdrawn").asInt()).isEqualTo(counts.getOrDefault("WITHDRAWN", 0)).isEqualTo(1);
        assertThat(national.get("fillRate").asDouble()).isEqualTo(1.0);
        for (JsonNode p : dashboard.get("prefectures")) {
            String code = p.get("prefectureCode").asText();
            assertThat(p.get("selected").asInt()).as(code).isEqualTo(counts.getOrDefault(code + ":SELECTED", 0));
            assertThat(p.get("waitlisted").asInt()).as(code).isEqualTo(counts.getOrDefault(code + ":WAITLISTED", 0));
            assertThat(p.get("withdrawn").asInt()).as(code).isEqualTo(counts.getOrDefault(code + ":WITHDRAWN", 0));
            int quota = p.get("quota").asInt();
            assertThat(p.get("openSlots").asInt()).as(code).isEqualTo(Math.max(0, quota - prefectureSlots.getOrDefault(code, 0)));
            if (quota > 0) {
                assertThat(p.get("fillRate").asDouble()).as(code)
                        .isEqualTo(Math.round(10000.0 * prefectureSlots.getOrDefault(code, 0) / quota) / 10000.0);
            } else {
                assertThat(p.get("fillRate").isNull()).isTrue();
            }
            assertThat(p.get("designationCandidates").asInt()).isGreaterThanOrEqualTo(0);
        }
        JsonNode saitama = prefecture(dashboard, "11");
        assertThat(saitama.get("openSlots").asInt()).isEqualTo(1);
        assertThat(saitama.get("designationCandidates").asInt()).isEqualTo(
                api.get(admin, "/api/v1/programs/" + pid + "/prefectures/11/designation-candidates?limit=500").json()
                        .get("candidates").size()).isPositive();
    }

    @Test
    void theHistoryLineMatchesTheEventLog() {
        JsonNode history = api.get(admin, "/api/v1/programs/" + pid + "/dashboard").json().get("history");
        JsonNode events = api.get(admin, "/api/v1/programs/" + pid + "/selection/history").json();
        assertThat(events.size()).isEqualTo(6); // 3 submissions, 2 fills, 1 withdrawal
        // each day's point is the count after that day's last event, carried over days without events
        Map<String, Integer> endOfDay = new java.util.TreeMap<>();
        events.forEach(e -> endOfDay.put(e.get("occurredAt").asText().substring(0, 10), e.get("selectedAfter").asInt()));
        assertThat(history).isNotEmpty();
        int carried = 0;
        for (JsonNode day : history) {
            carried = endOfDay.getOrDefault(day.get("date").asText(), carried);
            assertThat(day.get("selected").asInt()).as(day.get("date").asText()).isEqualTo(carried);
        }
        assertThat(history.get(0).get("date").asText()).isEqualTo(endOfDay.keySet().iterator().next());
        assertThat(history.get(history.size() - 1).get("selected").asInt()).isEqualTo(9);
    }

    static JsonNode prefecture(JsonNode dashboard, String code) {
        for (JsonNode p : dashboard.get("prefectures")) {
            if (p.get("prefectureCode").asText().equals(code)) {
                return p;
            }
        }
        throw new AssertionError(code);
    }

    @Test
    void aPrefectureSeesOnlyItselfAndAHospitalNothing() {
        JsonNode own = api.get(api.token(Role.PREFECTURE, "10"), "/api/v1/programs/" + pid + "/dashboard").json();
        assertThat(own.get("prefectures")).hasSize(1);
        assertThat(own.get("prefectures").get(0).get("prefectureCode").asText()).isEqualTo("10");
        assertThat(own.get("national").get("capacity").asInt()).isEqualTo(3);
        assertThat(api.get(api.token(Role.AUDITOR, null), "/api/v1/programs/" + pid + "/dashboard").status()).isEqualTo(200);
        String hospital = api.token(Role.HOSPITAL, gunma.get(1).code().value());
        assertThat(api.get(hospital, "/api/v1/programs/" + pid + "/dashboard").status()).isEqualTo(403);
        assertThat(api.get(hospital, "/api/v1/programs/" + pid + "/selection.csv").status()).isEqualTo(403);
        assertThat(api.get(api.token(Role.CONTRACTOR, null), "/api/v1/programs/" + pid + "/dashboard").status()).isEqualTo(403);
        assertThat(api.get(null, "/api/v1/programs/" + pid + "/selection.xlsx").status()).isEqualTo(401);
    }

    @Test
    void csvHasABomEveryDecisionAndDisarmedFormulas() {
        byte[] csv = api.getBytes(admin, "/api/v1/programs/" + pid + "/selection.csv");
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        assertThat(csv[1]).isEqualTo((byte) 0xBB);
        assertThat(csv[2]).isEqualTo((byte) 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        String[] lines = text.substring(1).split("\r\n");
        int decisions = api.get(admin, "/api/v1/programs/" + pid + "/selection").json().get("decisions").size();
        assertThat(lines).hasSize(decisions + 1);
        assertThat(lines[0]).startsWith("都道府県コード,都道府県名,順位,医療機関コード");
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"").doesNotContain(",=HYPERLINK");
        byte[] prefectures = api.getBytes(admin, "/api/v1/programs/" + pid + "/prefectures.csv");
        assertThat(new String(prefectures, StandardCharsets.UTF_8).split("\r\n")).hasSize(48);
    }

    @Test
    void xlsxOpensInPoiWithEveryDecisionAndTheFormulaAsQuotedText() throws Exception {
        byte[] xlsx = api.getBytes(admin, "/api/v1/programs/" + pid + "/selection.xlsx");
        int decisions = api.get(admin, "/api/v1/programs/" + pid + "/selection").json().get("decisions").size();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(decisions);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("医療機関コード");
            boolean found = false;
            for (Row row : sheet) {
                for (var cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith("=HYPERLINK")) {
                        assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
                        found = true;
                    }
                }
            }
            assertThat(found).isTrue();
        }
        byte[] own = api.getBytes(api.token(Role.PREFECTURE, "10"), "/api/v1/programs/" + pid + "/selection.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(own))) {
            Sheet sheet = wb.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(0).getStringCellValue()).isEqualTo("10");
            }
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
        }
    }

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;
    @Autowired
    jp.mamori.support.TestUsers users;

    /** A prefecture's own fill rate counts only its prefecture slots, as the national table and the API do. */
    @Test
    void aPrefecturesOwnFillRateLeavesOutItsNationalSlotSelections() throws Exception {
        JsonNode decisions = api.get(admin, "/api/v1/programs/" + pid + "/selection").json().get("decisions");
        String withNationalSlot = null;
        for (JsonNode d : decisions) {
            if (d.get("status").asText().equals("SELECTED") && d.get("slot").asText().equals("NATIONAL")) {
                withNationalSlot = d.get("prefectureCode").asText();
            }
        }
        assertThat(withNationalSlot).isNotNull();
        JsonNode row = prefecture(api.get(admin, "/api/v1/programs/" + pid + "/dashboard").json(), withNationalSlot);
        assertThat(row.get("selected").asInt()).isGreaterThan(row.get("quota").asInt() - row.get("openSlots").asInt());

        JsonNode own = api.get(api.token(Role.PREFECTURE, withNationalSlot), "/api/v1/programs/" + pid + "/dashboard").json();
        assertThat(own.get("national").get("fillRate").asDouble()).isEqualTo(row.get("fillRate").asDouble());

        String user = users.user(Role.PREFECTURE, withNationalSlot);
        var auth = jp.mamori.support.AsUser.as(user,
                () -> org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication());
        String html = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/programs/" + pid + "/dashboard")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication(auth)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String expected = String.format("%.1f%%", 100 * row.get("fillRate").asDouble());
        assertThat(html).contains("data-kpi=\"fillRate\">" + expected + "<");
    }
}
