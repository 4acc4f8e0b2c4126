package jp.mamori.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jp.mamori.support.Api;
import jp.mamori.support.IntegrationTest;
import jp.mamori.survey.SurveyFixture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The edition round trip and refusal, CHECKLIST_MISMATCH raised and withdrawn, PRESURVEY waiting for the checklist. */
@IntegrationTest
class ChecklistEditionsAndFindingsTest {

    @Autowired
    Api api;
    @Autowired
    SurveyFixture fixture;
    @Autowired
    ChecklistFixture checklists;

    SurveyFixture.Parties p;
    String hospital;

    @BeforeEach
    void setUp() {
        p = fixture.create();
        hospital = api.get(p.hospital(), "/api/v1/cases/" + p.caseId()).json().get("hospitalCode").asText();
    }

    @Test
    void anExportedEditionLoadsBackUnchangedAndANewOneIsCreated() throws Exception {
        JsonNode before = api.get(p.admin(), "/api/v1/checklists/CL2025").json();
        byte[] sheet = api.getBytes(p.hospital(), "/api/v1/checklists/CL2025.xlsx");
        Api.Response back = api.upload(p.admin(), "/api/v1/checklists", sheet, "CL2025.xlsx");
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        assertThat(back.json().get("changed").asBoolean()).isFalse();
        assertThat(api.get(p.admin(), "/api/v1/checklists/CL2025").json()).isEqualTo(before);

        String id = "T" + UUID.randomUUID().toString().substring(0, 8);
        // a year before every shipped edition: the tests share one database, and a new FY2025 edition would be the
        // one in force for every other test's program
        byte[] renamed = edit(sheet, s -> {
            s.getRow(0).getCell(1).setCellValue(id);
            s.getRow(2).getCell(1).setCellValue("2019");
        });
        Api.Response created = api.upload(p.admin(), "/api/v1/checklists", renamed, "new.xlsx");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode loaded = api.get(p.hospital(), "/api/v1/checklists/" + id).json();
        assertThat(loaded.get("items")).isEqualTo(before.get("items"));
        assertThat(loaded.get("fiscalYear").asInt()).isEqualTo(2019);
        assertThat(api.upload(p.hospital(), "/api/v1/checklists", renamed, "new.xlsx").status()).as("the ministry only").isEqualTo(403);
    }

    @Test
    void aBrokenSheetIsRefusedWithEveryErrorByRowAndTheStoredEditionIsUntouched() throws Exception {
        JsonNode before = api.get(p.admin(), "/api/v1/checklists/CL2025").json();
        byte[] sheet = api.getBytes(p.admin(), "/api/v1/checklists/CL2025.xlsx");
        byte[] broken = edit(sheet, s -> {
            s.getRow(7).getCell(0).setCellValue("0-1");        // row 8: the id of row 7 again
            s.getRow(8).createCell(2).setCellValue("S,XX");     // row 9: no such target
            s.getRow(9).createCell(3).setCellValue("来年");      // row 10: not a year
            s.getRow(10).createCell(7).setCellValue("2-(99)");  // row 11: not in the R6 edition
        });
        Api.Response refused = api.upload(p.admin(), "/api/v1/checklists", broken, "broken.xlsx");
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        List<Integer> rows = new ArrayList<>();
        refused.json().get("errors").forEach(e -> rows.add(e.get("row").asInt()));
        assertThat(rows).contains(9, 10);
        byte[] semantic = edit(sheet, s -> {
            s.getRow(7).getCell(0).setCellValue("0-1");
            s.getRow(10).createCell(7).setCellValue("2-(99)");
        });
        Api.Response refused2 = api.upload(p.admin(), "/api/v1/checklists", semantic, "broken.xlsx");
        assertThat(refused2.status()).isEqualTo(422);
        List<String> codes = new ArrayList<>();
        refused2.json().get("errors").forEach(e -> codes.add(e.get("row").asInt() + ":" + e.get("code").asText()));
        assertThat(codes).contains("8:DUPLICATE_ID", "11:UNKNOWN_ITEM");
        assertThat(api.get(p.admin(), "/api/v1/checklists/CL2025").json()).as("untouched").isEqualTo(before);
    }

    @Test
    void aMismatchIsRaisedOnTheHospitalsYesAgainstTheContractorsNoAndWithdrawnWhenTheContractorSaysYes() {
        fixture.signMemorandum(p);
        var today = fixture.today();
        checklists.put(p.hospital(), hospital, "HOSPITAL", checklists.allYes(p.hospital(), today));
        Map<String, Object> found = checklists.allYes(p.subA(), today);
        found.remove("2-1");
        // a NO is to be put right by the end of the edition's fiscal year (31 March 2026)
        String checked = today.isAfter(java.time.LocalDate.of(2026, 3, 31)) ? "2026-03-01" : today.toString();
        found.put("2-1@S", Map.of("answer", "NO", "checkedOn", checked, "targetOn", "2026-03-31"));
        found.put("2-1@PC", ChecklistFixture.yes(today));
        found.put("2-1@NW", ChecklistFixture.yes(today));
        Api.Response c = checklists.put(p.subA(), hospital, "CONTRACTOR", found);
        assertThat(c.status()).as(c.body()).isEqualTo(200);
        List<JsonNode> raised = mismatches();
        assertThat(raised).hasSize(1);
        assertThat(raised.get(0).get("severity").asText()).isEqualTo("LOW");
        assertThat(raised.get(0).get("state").asText()).isEqualTo("SUGGESTED");
        assertThat(raised.get(0).get("title").asText()).contains("2-①").contains("サーバ");
        checklists.put(p.subA(), hospital, "CONTRACTOR", found);
        assertThat(mismatches()).as("the same answers raise nothing again").hasSize(1);

        checklists.put(p.subA(), hospital, "CONTRACTOR", checklists.allYes(p.subA(), today));
        assertThat(mismatches()).as("withdrawn").isEmpty();
    }

    @Test
    void presurveyWaitsForTheHospitalsOwnChecklist() {
        fixture.signMemorandum(p);
        var today = fixture.today();
        Map<String, Object> draft = checklists.allYes(p.hospital(), today);
        draft.remove("3-4");
        assertThat(checklists.put(p.hospital(), hospital, "HOSPITAL", draft).json().get("complete").asBoolean()).isFalse();
        upload("NETWORK_DIAGRAM");
        upload("SYSTEM_DIAGRAM");
        Map<String, Object> q = new java.util.HashMap<>(Map.of("staff.it", 3, "staff.itFullTime", "はい", "connections.known", 4,
                "connections.controlled", "わからない", "backup.frequency", "毎日", "backup.generations", "はい", "backup.offline", "いいえ"));
        q.put("systems", List.of(Map.of("name", "電子カルテ", "kind", "EMR", "vendor", "A社", "remoteMaintenance", true)));
        Api.Response answered = api.put(p.hospital(), "/api/v1/cases/" + p.caseId() + "/questionnaire", Map.of("answers", q));
        assertThat(answered.json().get("complete").asBoolean()).as(answered.body()).isTrue();
        assertThat(presurveyDone()).as("the checklist is a draft").isNull();
        assertThat(checklists.put(p.hospital(), hospital, "HOSPITAL", checklists.allYes(p.hospital(), today)).status()).isEqualTo(200);
        assertThat(presurveyDone()).as("on the answer that completes it").isEqualTo(today.toString());
    }

    @Test
    void theVendorFormIsPreFilledWithTheHospitalAndThatVendorsSystems() throws Exception {
        String path = "/api/v1/hospitals/" + hospital + "/checklists/CL2025/vendor-form.xlsx?vendor=";
        assertThat(api.get(p.subA(), path + "A社").status()).as("before the memorandum").isEqualTo(409);
        fixture.signMemorandum(p);
        Map<String, Object> q = Map.of("systems", List.of(
                Map.of("name", "電子カルテ", "kind", "EMR", "vendor", "A社", "remoteMaintenance", true),
                Map.of("name", "PACS", "kind", "PACS", "vendor", "B社", "remoteMaintenance", false),
                Map.of("name", "オーダリング", "kind", "ORDER", "vendor", "Ａ社", "remoteMaintenance", true)));
        assertThat(api.put(p.hospital(), "/api/v1/cases/" + p.caseId() + "/questionnaire", Map.of("answers", q)).status()).isEqualTo(200);
        byte[] form = api.getBytes(p.hospital(), path + "A社");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(form))) {
            XSSFSheet s = wb.getSheet("事業者確認用");
            assertThat(s.getRow(1).getCell(1).getStringCellValue()).isEqualTo(hospital);
            assertThat(s.getRow(2).getCell(1).getStringCellValue()).isEqualTo("A社");
            assertThat(s.getRow(3).getCell(1).getStringCellValue()).contains("電子カルテ").contains("オーダリング").doesNotContain("PACS");
            assertThat(s.getRow(6).getCell(0).getStringCellValue()).isEqualTo("0-1");
        }
        assertThat(api.get(p.otherHospital(), path + "A社").status()).isEqualTo(403);
        assertThat(api.get(p.admin(), path + "A社").status()).isEqualTo(403);
        assertThat(api.get(p.hospital(), path).status()).as("no vendor named").isEqualTo(422);
    }

    private void upload(String kind) {
        org.springframework.util.LinkedMultiValueMap<String, Object> body = new org.springframework.util.LinkedMultiValueMap<>();
        body.add("file", new org.springframework.core.io.ByteArrayResource(("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
                + "trailer\n<< /Root 1 0 R >>\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return kind + ".pdf";
            }
        });
        body.add("kind", kind);
        Api.Response r = api.send("POST", p.hospital(), "/api/v1/cases/" + p.caseId() + "/documents",
                org.springframework.http.MediaType.MULTIPART_FORM_DATA, body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private String presurveyDone() {
        JsonNode done = api.get(p.subA(), "/api/v1/cases/" + p.caseId()).json().get("steps").get("PRESURVEY").get("doneOn");
        return done == null || done.isNull() ? null : done.asText();
    }

    private List<JsonNode> mismatches() {
        List<JsonNode> out = new ArrayList<>();
        api.get(p.subA(), "/api/v1/cases/" + p.caseId() + "/findings").json().get("findings").forEach(f -> {
            if ("CHECKLIST_MISMATCH".equals(f.path("rule").asText())) {
                out.add(f);
            }
        });
        return out;
    }

    private static byte[] edit(byte[] file, java.util.function.Consumer<XSSFSheet> change) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(wb.getSheetAt(0));
            wb.write(out);
            return out.toByteArray();
        }
    }
}
