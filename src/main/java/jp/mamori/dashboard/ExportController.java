package jp.mamori.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.mamori.shared.web.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Downloads, for the API (bearer token) and the pages (session) alike. */
@RestController
@Tag(name = "Dashboard")
class ExportController {

    private final ExportService exports;

    ExportController(ExportService exports) {
        this.exports = exports;
    }

    @GetMapping({"/api/v1/programs/{pid}/selection.csv", "/programs/{pid}/selection.csv"})
    @Operation(summary = "Every decision as CSV (UTF-8 with BOM; formula-like text neutralized)")
    ResponseEntity<byte[]> decisionsCsv(@PathVariable String pid) {
        return Downloads.csv(exports.decisions(pid).csv(), pid + "_選定結果.csv");
    }

    @GetMapping({"/api/v1/programs/{pid}/selection.xlsx", "/programs/{pid}/selection.xlsx"})
    @Operation(summary = "Every decision as .xlsx")
    ResponseEntity<byte[]> decisionsXlsx(@PathVariable String pid) {
        return Downloads.xlsx(exports.decisions(pid).xlsx(), pid + "_選定結果.xlsx");
    }

    @GetMapping({"/api/v1/programs/{pid}/prefectures.csv", "/programs/{pid}/prefectures.csv"})
    @Operation(summary = "The per-prefecture table as CSV")
    ResponseEntity<byte[]> prefecturesCsv(@PathVariable String pid) {
        return Downloads.csv(exports.prefectures(pid).csv(), pid + "_都道府県別.csv");
    }

    @GetMapping({"/api/v1/programs/{pid}/prefectures.xlsx", "/programs/{pid}/prefectures.xlsx"})
    @Operation(summary = "The per-prefecture table as .xlsx")
    ResponseEntity<byte[]> prefecturesXlsx(@PathVariable String pid) {
        return Downloads.xlsx(exports.prefectures(pid).xlsx(), pid + "_都道府県別.xlsx");
    }
}
