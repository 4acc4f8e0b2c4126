package jp.mamori.inventory.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import jp.mamori.inventory.domain.Authentication;
import jp.mamori.inventory.domain.ConnectionPoint;
import jp.mamori.inventory.domain.Device;
import jp.mamori.inventory.domain.Line;
import jp.mamori.inventory.domain.PointStatus;
import jp.mamori.inventory.domain.Purpose;
import jp.mamori.shared.Problem;

class InventorySheetTest {

    private static final long CASE = 77;
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(3, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    /** Zero-based index of the first data row; Excel numbers it FIRST + 1. */
    private static final int FIRST = InventorySheetWriter.HEADER_ROW + 1;

    private static final List<String> HOSTILE = List.of(
            "=HYPERLINK(\"http://evil.example/\",\"クリック\")", "'leading quote", "0123", "１２３４５", "+81-3-1234-5678",
            "-1", "@SUM(A1:A2)", "1-2", "ｶﾀｶﾅ富士通", "Ⅱ号機（①系統）", "病院🏥", "ＡＢＣ　全角スペース", "=1+1", "TRUE", "2024/4/1");

    private final InventorySheetWriter writer = new InventorySheetWriter();
    private final InventorySheetReader reader = new InventorySheetReader(CLOCK);

    @Test
    void everyPointComesBackExactlyWithItsId() {
        List<ConnectionPoint> points = variedPoints();
        SheetResult result = reader.read(writer.write("テスト病院", points));

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(r -> r.toPoint(CASE)).containsExactlyElementsOf(points);
        assertThat(result.rows()).extracting(SheetRow::row).startsWith(FIRST + 1, FIRST + 2);
        assertThat(result.rowsById()).containsEntry(1001L, FIRST + 1).doesNotContainKey(null);
    }

    @Test
    void formulaLookingTextIsWrittenAsTextWithTheQuotePrefixNeverAsAFormula() {
        List<ConnectionPoint> points = variedPoints();
        try (XSSFWorkbook wb = open(writer.write("テスト病院", points))) {
            XSSFSheet sheet = wb.getSheet(InventorySheetWriter.SHEET_NAME);
            int formulas = 0;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    formulas += cell.getCellType() == CellType.FORMULA ? 1 : 0;
                }
            }
            assertThat(formulas).isZero();
            Cell hyperlink = findText(sheet, HOSTILE.get(0));
            assertThat(hyperlink.getCellType()).isEqualTo(CellType.STRING);
            assertThat(hyperlink.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(findText(sheet, "'leading quote").getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(findText(sheet, "0123").getCellStyle().getDataFormatString()).isEqualTo("@");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theSheetHasJapaneseHeadersDropDownsTextColumnsDateCellsAndAGreyNotedId() throws IOException {
        List<ConnectionPoint> points = variedPoints();
        try (XSSFWorkbook wb = open(writer.write("テスト病院", points))) {
            XSSFSheet sheet = wb.getSheet("外部接続点台帳");
            assertThat(sheet).isNotNull();
            assertThat(wb.getSheet(InventorySheetWriter.GUIDE_SHEET_NAME)).isNotNull();
            Row header = sheet.getRow(InventorySheetWriter.HEADER_ROW);
            List<String> headers = new ArrayList<>();
            header.forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("ID", "用途", "接続先（相手方）", "対象システム", "回線種別", "機器ベンダー", "製品名",
                    "バージョン", "アドレス", "常時接続", "接続開始者", "認証方式", "接続元制限", "アクセスログ", "ログ確認",
                    "最終パッチ適用日", "調査前から把握", "状態", "備考");

            List<List<String>> lists = sheet.getDataValidations().stream()
                    .filter(v -> v.getValidationConstraint().getExplicitListValues() != null)
                    .map(v -> Arrays.asList(v.getValidationConstraint().getExplicitListValues())).toList();
            assertThat(lists).contains(Choice.PURPOSE.labels(), Choice.LINE.labels(), Choice.AUTHENTICATION.labels(),
                    Choice.STATUS.labels(), List.of("はい", "いいえ", "不明"));
            assertThat(lists.stream().flatMap(List::stream)).contains("リモートメンテナンス", "インターネットVPN", "はい", "いいえ", "不明");
            assertThat(sheet.getDataValidations()).anySatisfy(v -> {
                assertThat(v.getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(SheetColumn.ID.ordinal());
                assertThat(v.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
            });

            assertThat(sheet.getColumnStyle(SheetColumn.COUNTERPART.ordinal()).getDataFormatString()).isEqualTo("@");
            assertThat(sheet.getColumnStyle(SheetColumn.NOTE.ordinal()).getDataFormatString()).isEqualTo("@");
            Row first = sheet.getRow(FIRST);
            Cell patched = sheet.getRow(FIRST + 1).getCell(SheetColumn.LAST_PATCHED_ON.ordinal());
            assertThat(patched.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(patched)).isTrue();
            assertThat(patched.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(points.get(1).lastPatchedOn());
            Cell id = first.getCell(SheetColumn.ID.ordinal());
            assertThat(id.getNumericCellValue()).isEqualTo(1001);
            assertThat(id.getCellStyle().getLocked()).isTrue();
            assertThat(id.getCellStyle().getFillForegroundColor()).isNotZero();
            assertThat(header.getCell(SheetColumn.ID.ordinal()).getCellComment().getString().getString()).contains("変更しないでください");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("テスト病院");
        }
    }

    @Test
    void datesAndChoicesTypedTheWayContractorsTypeThemReadCorrectly() {
        List<ConnectionPoint> points = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            points.add(point((long) (500 + i), Purpose.INTERNET, Line.OTHER, Authentication.PASSWORD, PointStatus.HEARING,
                    "相手" + i, null, LocalDate.of(2020, 1, 1)));
        }
        byte[] edited = edit(writer.write("病院", points), sheet -> {
            String[] typed = {"令和6年4月1日", "R6.4.1", "２０２４/４/１", "２０２４年４月１日", "Ｒ６．４．１"};
            for (int i = 0; i < typed.length; i++) {
                Cell c = sheet.getRow(FIRST + i).getCell(SheetColumn.LAST_PATCHED_ON.ordinal());
                c.setCellValue(typed[i]);
            }
            Row last = sheet.getRow(FIRST + 5);
            last.getCell(SheetColumn.LAST_PATCHED_ON.ordinal()).setCellValue(LocalDate.of(2024, 4, 1)); // an Excel date cell
            Row r0 = sheet.getRow(FIRST);
            r0.getCell(SheetColumn.ID.ordinal()).setCellValue("５００"); // full-width digits as text
            r0.getCell(SheetColumn.LINE.ordinal()).setCellValue("INTERNET_VPN"); // the API's code
            r0.getCell(SheetColumn.PURPOSE.ordinal()).setCellValue("remote_maintenance");
            r0.getCell(SheetColumn.ALWAYS_ON.ordinal()).setCellValue(true); // an Excel TRUE cell
            r0.getCell(SheetColumn.LOGGING.ordinal()).setCellValue("不明");
            Row r1 = sheet.getRow(FIRST + 1);
            r1.getCell(SheetColumn.LINE.ordinal()).setCellValue("閉域網(IP-VPN)"); // half-width parentheses
            r1.getCell(SheetColumn.AUTHENTICATION.ordinal()).setCellValue("TWO_FACTOR");
            r1.getCell(SheetColumn.STATUS.ordinal()).setCellValue(" 現地で確認 ");
            r1.getCell(SheetColumn.SOURCE_RESTRICTED.ordinal()).setCellValue("いいえ");
            r1.getCell(SheetColumn.COUNTERPART.ordinal()).setCellValue("\u3000 ｶﾅ　Ⅱ号機（１２３） \n");
        });

        SheetResult result = reader.read(edited);

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(SheetRow::lastPatchedOn).containsOnly(LocalDate.of(2024, 4, 1));
        SheetRow r0 = result.rows().get(0);
        assertThat(r0.id()).isEqualTo(500L);
        assertThat(r0.line()).isEqualTo(Line.INTERNET_VPN);
        assertThat(r0.purpose()).isEqualTo(Purpose.REMOTE_MAINTENANCE);
        assertThat(r0.alwaysOn()).isTrue();
        assertThat(r0.logging()).isNull();
        SheetRow r1 = result.rows().get(1);
        assertThat(r1.line()).isEqualTo(Line.CLOSED_NETWORK);
        assertThat(r1.authentication()).isEqualTo(Authentication.TWO_FACTOR);
        assertThat(r1.status()).isEqualTo(PointStatus.ONSITE);
        assertThat(r1.sourceRestricted()).isFalse();
        assertThat(r1.counterpart()).isEqualTo("ｶﾅ　Ⅱ号機（１２３）"); // trimmed only, widths kept
    }

    @Test
    void anUnusableCellIsAnErrorOfThatCellOnly() {
        List<ConnectionPoint> points = List.of(
                point(1L, Purpose.INTERNET, Line.OTHER, Authentication.NONE, PointStatus.ONSITE, "相手", null, null),
                point(2L, Purpose.INTERNET, Line.OTHER, Authentication.NONE, PointStatus.ONSITE, "相手", null, null));
        byte[] edited = edit(writer.write("病院", points), sheet -> {
            Row r = sheet.getRow(FIRST);
            r.getCell(SheetColumn.COUNTERPART.ordinal()).setCellValue("業者\u202Eabc"); // a bidi override
            r.getCell(SheetColumn.LOGGING.ordinal()).setCellValue("たぶん");
            r.getCell(SheetColumn.LAST_PATCHED_ON.ordinal()).setCellErrorValue(FormulaError.VALUE.getCode());
            r.getCell(SheetColumn.ID.ordinal()).setCellValue(12.5); // a fraction is no ID
        });

        SheetResult result = reader.read(edited);

        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).extracting(Problem::row, Problem::column, Problem::code).containsExactly(
                tuple(FIRST + 1, "ID", "INVALID_VALUE"),
                tuple(FIRST + 1, "接続先（相手方）", "INVALID_CHARACTER"),
                tuple(FIRST + 1, "アクセスログ", "INVALID_VALUE"),
                tuple(FIRST + 1, "最終パッチ適用日", "INVALID_VALUE"));
        assertThat(result.errors().get(2).message()).contains("たぶん", "はい", "いいえ", "不明");
        assertThat(result.errors().get(3).message()).contains("#VALUE!");
    }

    @Test
    void aBrokenSheetGivesEveryErrorWithItsRowAndNoRows() {
        List<ConnectionPoint> points = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            points.add(point((long) (900 + i), Purpose.EMAIL, Line.MOBILE, Authentication.CERTIFICATE, PointStatus.DIAGRAM,
                    "相手" + i, "備考" + i, LocalDate.of(2025, 6, 30)));
        }
        byte[] broken = edit(writer.write("病院", points), sheet -> {
            Row a = sheet.getRow(FIRST + 1); // Excel row 5
            a.getCell(SheetColumn.LINE.ordinal()).setCellValue("光回線");
            a.getCell(SheetColumn.LAST_PATCHED_ON.ordinal()).setCellValue("令和9年1月1日");
            Row b = sheet.getRow(FIRST + 3); // row 7
            b.getCell(SheetColumn.ID.ordinal()).setCellValue("abc");
            b.getCell(SheetColumn.NOTE.ordinal()).setCellValue("長".repeat(2001));
            Row c = sheet.getRow(FIRST + 4); // row 8
            c.getCell(SheetColumn.PURPOSE.ordinal()).setBlank();
            c.getCell(SheetColumn.ID.ordinal()).setCellValue(900); // the ID of row 4
            Row blank = sheet.createRow(FIRST + 8); // a blank row in between is skipped
            blank.createCell(SheetColumn.ID.ordinal());
            Row added = sheet.createRow(FIRST + 9); // a new point without an ID: fine
            added.createCell(SheetColumn.PURPOSE.ordinal()).setCellValue("その他");
        });

        SheetResult result = reader.read(broken);

        assertThat(result.rows()).isEmpty();
        assertThat(result.accepted()).isFalse();
        assertThat(result.errors()).extracting(Problem::row, Problem::column, Problem::code).containsExactly(
                tuple(5, "回線種別", "INVALID_VALUE"),
                tuple(5, "最終パッチ適用日", "INVALID_VALUE"),
                tuple(7, "ID", "INVALID_VALUE"),
                tuple(7, "備考", "TOO_LONG"),
                tuple(8, "ID", "DUPLICATE_ID"),
                tuple(8, "用途", "MISSING_VALUE"));
        assertThat(result.errors()).allSatisfy(p -> assertThat(p.message()).startsWith(p.row() + "行目「" + p.column() + "」: "));
        assertThat(result.errors().get(0).message()).contains("光回線", "インターネットVPN");
        assertThat(result.errors().get(1).message()).contains("未来の日付", "令和9年1月1日");
        assertThat(result.errors().get(4).message()).contains("ID 900", "4行目");
    }

    @Test
    void whatIsNotAWorkbookIsRefusedWithAClearMessage() throws IOException {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        for (int i = 2; i < exe.length; i++) {
            exe[i] = (byte) (i * 31);
        }
        assertRefused(exe, "NOT_A_WORKBOOK", "Excel ブック（.xlsx）として読み込めませんでした");
        assertRefused(new byte[0], "NOT_A_WORKBOOK", "ファイルが空です");
        byte[] bomb = addEntry(writer.write("病院", variedPoints()), "xl/media/image1.bin", new byte[100 * 1024 * 1024]);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertRefused(bomb, "NOT_A_WORKBOOK", "展開した後のサイズが上限を超える");
        assertThat(reader.read(new ByteArrayInputStream(exe)).errors()).extracting(Problem::code).containsExactly("NOT_A_WORKBOOK");
    }

    @Test
    void aWorkbookWithoutTheSheetOrItsHeaderOrAColumnIsRefused() {
        XSSFWorkbook other = new XSSFWorkbook();
        other.createSheet("Sheet1");
        assertRefused(bytes(other), "SHEET_NOT_FOUND", "シート「外部接続点台帳」が見つかりません");

        XSSFWorkbook noHeader = new XSSFWorkbook();
        noHeader.createSheet("外部接続点台帳").createRow(0).createCell(0).setCellValue("接続点");
        assertRefused(bytes(noHeader), "HEADER_NOT_FOUND", "見出し行が見つかりません");

        byte[] withoutId = edit(writer.write("病院", variedPoints()),
                sheet -> sheet.getRow(InventorySheetWriter.HEADER_ROW).getCell(SheetColumn.ID.ordinal()).setCellValue("番号"));
        SheetResult result = reader.read(withoutId);
        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).extracting(Problem::code, Problem::column)
                .containsExactly(tuple("MISSING_COLUMN", "ID"));
        assertThat(result.errors().get(0).message()).contains("検証結果が接続点から外れて");
    }

    @Test
    void fiveHundredRowsRead() {
        List<ConnectionPoint> points = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            points.add(point((long) (10_000 + i), Purpose.values()[i % Purpose.values().length], Line.values()[i % Line.values().length],
                    Authentication.values()[i % Authentication.values().length], PointStatus.values()[i % PointStatus.values().length],
                    "業者" + i, i % 3 == 0 ? null : "備考\n" + i, i % 5 == 0 ? null : LocalDate.of(2024, 1, 1).plusDays(i)));
        }
        SheetResult result = reader.read(writer.write("大病院", points));

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).hasSize(500);
        assertThat(result.rows()).extracting(r -> r.toPoint(CASE)).containsExactlyElementsOf(points);
    }

    @Test
    void theCallerNamesAnIdThatIsNotTheCasesByItsRow() {
        Problem p = SheetResult.unknownId(12, 4242);
        assertThat(p).extracting(Problem::row, Problem::column, Problem::code).containsExactly(12, "ID", "UNKNOWN_ID");
        assertThat(p.message()).startsWith("12行目「ID」: ID 4242");
    }

    /** Every enum value at least once, unknowns as null, hostile and Japanese free text, new points without an id. */
    private static List<ConnectionPoint> variedPoints() {
        int n = HOSTILE.size();
        List<ConnectionPoint> points = new ArrayList<>();
        Boolean[] answers = {true, false, null};
        for (int i = 0; i < n; i++) {
            String text = HOSTILE.get(i);
            String other = HOSTILE.get((i + 5) % n);
            Line line = i < Line.values().length ? Line.values()[i] : null;
            Authentication auth = i < Authentication.values().length ? Authentication.values()[i] : null;
            PointStatus status = i < PointStatus.values().length ? PointStatus.values()[i] : null;
            Device device = i % 4 == 3 ? Device.UNKNOWN : new Device(text, other, i % 2 == 0 ? "0" + i : null, "10.0." + i + ".1");
            points.add(new ConnectionPoint(i % 5 == 4 ? null : 1001L + i, CASE, Purpose.values()[i % Purpose.values().length],
                    text, i % 3 == 0 ? null : other, line, device, answers[i % 3], i % 2 == 0 ? other : null, auth,
                    answers[(i + 1) % 3], answers[(i + 2) % 3], answers[i % 3], i % 4 == 0 ? null : LocalDate.of(2024, 1 + i % 12, 1 + i),
                    answers[(i + 1) % 3], status, i % 2 == 0 ? text + "\n二行目も" + other : null));
        }
        return points;
    }

    private static ConnectionPoint point(Long id, Purpose purpose, Line line, Authentication auth, PointStatus status,
                                         String counterpart, String note, LocalDate patched) {
        return new ConnectionPoint(id, CASE, purpose, counterpart, "PACS", line, new Device("Fortinet", "FortiGate", "7.2.1", null),
                true, "業者", auth, false, true, null, patched, false, status, note);
    }

    private void assertRefused(byte[] file, String code, String messagePart) {
        SheetResult result = reader.read(file);
        assertThat(result.rows()).isEmpty();
        assertThat(result.errors()).hasSize(1);
        assertThat(result.errors().get(0).code()).isEqualTo(code);
        assertThat(result.errors().get(0).message()).contains(messagePart);
    }

    private static Cell findText(XSSFSheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                    return cell;
                }
            }
        }
        throw new AssertionError("no cell holds " + text);
    }

    private static XSSFWorkbook open(byte[] file) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sheet as a contractor's Excel would leave it after editing cells. */
    private static byte[] edit(byte[] file, Consumer<XSSFSheet> change) {
        XSSFWorkbook wb = open(file);
        change.accept(wb.getSheet(InventorySheetWriter.SHEET_NAME));
        return bytes(wb);
    }

    private static byte[] bytes(XSSFWorkbook wb) {
        try (wb) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] addEntry(byte[] zipBytes, String name, byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(in.readAllBytes());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(name));
            zip.write(data);
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
