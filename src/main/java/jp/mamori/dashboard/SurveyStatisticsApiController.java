package jp.mamori.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.mamori.shared.web.Downloads;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The survey's figures (api-survey.md, "Figures") and their downloads, for the API and the pages alike. */
@RestController
@Tag(name = "Survey figures")
class SurveyStatisticsApiController {

    private final SurveyStatistics statistics;
    private final SurveyStatisticsExport export;

    SurveyStatisticsApiController(SurveyStatistics statistics, SurveyStatisticsExport export) {
        this.statistics = statistics;
        this.export = export;
    }

    @GetMapping("/api/v1/programs/{pid}/survey-statistics")
    @Operation(summary = "National survey figures (MHLW_ADMIN, AUDITOR); confidential figures on fewer than five hospitals are null")
    SurveyStatisticsView national(@PathVariable String pid) {
        return statistics.national(pid);
    }

    @GetMapping("/api/v1/programs/{pid}/prefectures/{pref}/survey-statistics")
    @Operation(summary = "One prefecture's survey figures (that prefecture, MHLW_ADMIN, AUDITOR), from the same suppression as the national ones")
    SurveyStatisticsView prefecture(@PathVariable String pid, @PathVariable String pref) {
        return statistics.prefecture(pid, pref);
    }

    @GetMapping({"/api/v1/programs/{pid}/survey-statistics.csv", "/programs/{pid}/survey-statistics.csv"})
    @Operation(summary = "The national figures as CSV (UTF-8 with BOM; suppressed figures as ＊)")
    ResponseEntity<byte[]> nationalCsv(@PathVariable String pid) {
        return Downloads.csv(export.tabular(statistics.national(pid), "全国").csv(), pid + "_調査の集計_全国.csv");
    }

    @GetMapping({"/api/v1/programs/{pid}/survey-statistics.xlsx", "/programs/{pid}/survey-statistics.xlsx"})
    @Operation(summary = "The national figures as .xlsx (suppressed figures as ＊)")
    ResponseEntity<byte[]> nationalXlsx(@PathVariable String pid) {
        return Downloads.xlsx(export.tabular(statistics.national(pid), "全国").xlsx(), pid + "_調査の集計_全国.xlsx");
    }

    @GetMapping({"/api/v1/programs/{pid}/prefectures/{pref}/survey-statistics.csv", "/programs/{pid}/prefectures/{pref}/survey-statistics.csv"})
    @Operation(summary = "One prefecture's figures as CSV")
    ResponseEntity<byte[]> prefectureCsv(@PathVariable String pid, @PathVariable String pref) {
        return Downloads.csv(export.tabular(statistics.prefecture(pid, pref), pref).csv(), pid + "_調査の集計_" + pref + ".csv");
    }

    @GetMapping({"/api/v1/programs/{pid}/prefectures/{pref}/survey-statistics.xlsx", "/programs/{pid}/prefectures/{pref}/survey-statistics.xlsx"})
    @Operation(summary = "One prefecture's figures as .xlsx")
    ResponseEntity<byte[]> prefectureXlsx(@PathVariable String pid, @PathVariable String pref) {
        return Downloads.xlsx(export.tabular(statistics.prefecture(pid, pref), pref).xlsx(), pid + "_調査の集計_" + pref + ".xlsx");
    }
}
