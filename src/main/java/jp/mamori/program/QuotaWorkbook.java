package jp.mamori.program;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jp.mamori.shared.Csv;
import jp.mamori.shared.Problem;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The quota sheet saved as .xlsx: the first sheet's cells as text (formulas by their cached values,
 * never evaluated), rows numbered as Excel shows them. Only the ministry uploads it; POI's zip-bomb
 * limits stay on, and a sheet larger than any quota table is refused.
 */
final class QuotaWorkbook {

    static final int MAX_ROWS = 200;
    static final int MAX_COLUMNS = 50;

    private QuotaWorkbook() {
    }

    static boolean isWorkbook(byte[] bytes) {
        try {
            FileMagic magic = FileMagic.valueOf(new ByteArrayInputStream(bytes));
            return magic == FileMagic.OOXML || magic == FileMagic.OLE2;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static List<Csv.Record> records(byte[] bytes, List<Problem> problems) {
        try {
            if (FileMagic.valueOf(new ByteArrayInputStream(bytes)) != FileMagic.OOXML) {
                problems.add(Problem.of("NOT_A_WORKBOOK",
                        "Excel 97-2003形式（.xls）やパスワード付きのファイルは読めません。パスワードを外し、.xlsx またはCSVで保存し直してください。"));
                return List.of();
            }
        } catch (IOException e) {
            problems.add(Problem.of("NOT_A_WORKBOOK", "Excelファイルとして読めません。.xlsx またはCSVで保存し直してください。"));
            return List.of();
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() >= MAX_ROWS) {
                problems.add(Problem.of("INVALID_VALUE", "行が多すぎます。対象数の表は" + MAX_ROWS + "行以内にしてください。"));
                return List.of();
            }
            DataFormatter text = new DataFormatter();
            List<Csv.Record> records = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                int last = Math.min(row.getLastCellNum(), MAX_COLUMNS);
                for (int c = 0; c < last; c++) {
                    cells.add(value(row.getCell(c), text));
                }
                records.add(new Csv.Record(row.getRowNum() + 1, cells));
            }
            return records;
        } catch (IOException | RuntimeException e) {
            problems.add(Problem.of("NOT_A_WORKBOOK", "Excelファイルとして読めません。壊れていないか確認し、.xlsx またはCSVで保存し直してください。"));
            return List.of();
        }
    }

    private static String value(Cell cell, DataFormatter text) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA) {
            return switch (cell.getCachedFormulaResultType()) {
                case NUMERIC -> text.formatRawCellContents(cell.getNumericCellValue(), -1, "General");
                case STRING -> cell.getStringCellValue();
                default -> "";
            };
        }
        return text.formatCellValue(cell);
    }
}
