package jp.mamori.inventory;

import static jp.mamori.inventory.Rows.connections;
import static jp.mamori.inventory.Rows.quiet;
import static jp.mamori.inventory.Rows.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import jp.mamori.inventory.sheet.InventorySheetWriter;
import jp.mamori.support.Api;
import jp.mamori.support.IntegrationTest;
import jp.mamori.survey.SurveyFixture;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** api-survey.md, Connection inventory: the .xlsx goes down and comes back unchanged; a broken one changes nothing. */
@IntegrationTest
class ConnectionSheetApiTest {

    @Autowired
    Api api;
    @Autowired
    SurveyFixture fixture;

    SurveyFixture.Parties p;
    long first;
    long second;

    @BeforeEach
    void setUp() {
        p = fixture.create();
        fixture.signMemorandum(p);
        first = Rows.create(api, p.subA(), p.caseId(), with(quiet(), "counterpart", "=HYPERLINK(\"http://x\")", "note", "0123\n二行目"))
                .get("id").asLong();
        second = Rows.create(api, p.subA(), p.caseId(), with(quiet(), "purpose", "PARTNER_LINK", "counterpart", "給食委託 Ｂ社",
                "alwaysOn", true, "authentication", "PASSWORD", "line", "CLOSED_NETWORK")).get("id").asLong();
    }

    String sheet() {
        return connections(p.caseId()) + ".xlsx";
    }

    List<JsonNode> rows() {
        List<JsonNode> out = new ArrayList<>();
        api.get(p.subA(), connections(p.caseId())).json().get("connections").forEach(out::add);
        return out;
    }

    @Test
    void theSheetComesBackUnchangedAndTheRowsAreTheSame() {
        List<JsonNode> before = rows();
        byte[] file = api.getBytes(p.subA(), sheet());
        Api.Response r = api.upload(p.subA(), sheet(), file, "台帳.xlsx");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("unchanged").asInt()).isEqualTo(2);
        assertThat(r.json().get("added").asInt() + r.json().get("updated").asInt() + r.json().get("deleted").asInt()).isZero();
        assertThat(rows()).isEqualTo(before);
        assertThat(fixture.audits("INVENTORY_SHEET_EXPORTED", String.valueOf(p.caseId()))).isEqualTo(1);
    }

    @Test
    void rowsUpdateByIdNewRowsAreAddedAndRowsLeftOutAreDeletedWithTheirFindingsKept() throws IOException {
        long findings = api.get(p.subA(), Rows.findings(p.caseId())).json().get("findings").size();
        assertThat(findings).as("the partner link is always on with a password").isPositive();
        byte[] edited = edit(api.getBytes(p.subA(), sheet()), s -> {
            Row keep = rowOf(s, second);
            keep.getCell(2).setCellValue("給食委託 Ｂ社（新）");
            Row drop = rowOf(s, first);
            s.removeRow(drop);
            Row added = s.createRow(s.getLastRowNum() + 1);
            added.createCell(1).setCellValue("インターネット");
            added.createCell(2).setCellValue("ISP");
            added.createCell(17).setCellValue("ヒアリングで確認");
        });
        Api.Response r = api.upload(p.subA(), sheet(), edited, "台帳.xlsx");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("added").asInt()).isEqualTo(1);
        assertThat(r.json().get("updated").asInt()).isEqualTo(1);
        assertThat(r.json().get("deleted").asInt()).isEqualTo(1);
        List<JsonNode> now = rows();
        assertThat(now).extracting(n -> n.get("counterpart").asText()).containsExactlyInAnyOrder("給食委託 Ｂ社（新）", "ISP");
        JsonNode kept = now.stream().filter(n -> n.get("id").asLong() == second).findFirst().orElseThrow();
        assertThat(kept.get("version").asInt()).isEqualTo(1);
        JsonNode fs = api.get(p.subA(), Rows.findings(p.caseId())).json().get("findings");
        assertThat(fs).anySatisfy(f -> assertThat(f.get("connectionId").asLong()).isEqualTo(second));
    }

    @Test
    void aBrokenSheetIsRefusedWithEveryErrorByRowAndNothingChanges() throws IOException {
        List<JsonNode> before = rows();
        byte[] broken = edit(api.getBytes(p.subA(), sheet()), s -> {
            rowOf(s, first).getCell(1).setCellValue("宇宙通信");
            rowOf(s, second).getCell(0).setCellValue(999999999);
            Row added = s.createRow(s.getLastRowNum() + 1);
            added.createCell(1).setCellValue("EMAIL");
        });
        Api.Response r = api.upload(p.subA(), sheet(), broken, "台帳.xlsx");
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        List<Integer> errorRows = new ArrayList<>();
        r.json().get("errors").forEach(e -> errorRows.add(e.get("row").asInt()));
        assertThat(errorRows).hasSizeGreaterThanOrEqualTo(2).doesNotContainNull();
        assertThat(r.json().get("errors").toString()).contains("宇宙通信");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void anExecutableIsNotASheetAndOnlyTheAssignedContractorUploads() {
        Api.Response exe = api.upload(p.subA(), sheet(), new byte[]{0x4d, 0x5a, (byte) 0x90, 0, 3, 0, 0, 0}, "台帳.xlsx");
        assertThat(exe.status()).as(exe.body()).isEqualTo(422);
        byte[] file = api.getBytes(p.subA(), sheet());
        assertThat(api.upload(p.hospital(), sheet(), file, "台帳.xlsx").status()).isEqualTo(403);
        assertThat(api.get(p.otherHospital(), sheet()).status()).isEqualTo(403);
    }

    interface Edit {
        void apply(Sheet sheet);
    }

    static byte[] edit(byte[] file, Edit edit) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.apply(wb.getSheet(InventorySheetWriter.SHEET_NAME));
            wb.write(out);
            return out.toByteArray();
        }
    }

    static Row rowOf(Sheet s, long id) {
        for (Row row : s) {
            Cell c = row.getCell(0);
            if (c != null && c.getCellType() == CellType.NUMERIC && (long) c.getNumericCellValue() == id) {
                return row;
            }
        }
        throw new AssertionError("no row with ID " + id);
    }
}
