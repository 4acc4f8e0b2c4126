package jp.mamori.nomination;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.mamori.nomination.form.FormProblem;
import jp.mamori.shared.JapaneseDates;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.shared.web.Downloads;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/programs/{pid}")
@Tag(name = "Nominations")
class NominationApiController {

    private final NominationService service;

    NominationApiController(NominationService service) {
        this.service = service;
    }


    @GetMapping("/prefectures/{pref}/form")
    @Operation(summary = "The pre-filled nomination form (.xlsx) of a prefecture")
    ResponseEntity<byte[]> form(@PathVariable String pid, @PathVariable String pref) {
        PrefectureCode p = PrefectureCode.inPath(pref);
        return Downloads.xlsx(service.form(pid, p), pid + "_" + p + "_支援対象病院リスト.xlsx");
    }

    record Accepted(int accepted, List<FormProblem> warnings) {
    }

    @PostMapping(path = "/prefectures/{pref}/nominations", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Submit the filled form (multipart field `file`): all or nothing; 409 DEADLINE_PASSED, 413 FILE_TOO_LARGE")
    Accepted upload(@PathVariable String pid, @PathVariable String pref, @RequestParam("file") MultipartFile file)
            throws IOException {
        PrefectureCode p = PrefectureCode.inPath(pref);
        NominationService.Accepted a = service.upload(pid, p, file.getBytes(), file.getOriginalFilename(), "API");
        return new Accepted(a.accepted(), a.warnings());
    }

    record NominationList(String programId, String prefectureCode, String status, OffsetDateTime submittedAt,
                          List<NominationView> nominations, List<FormProblem> warnings) {
    }

    @GetMapping("/prefectures/{pref}/nominations")
    @Operation(summary = "A prefecture's list as JSON")
    NominationList list(@PathVariable String pid, @PathVariable String pref) {
        PrefectureCode p = PrefectureCode.inPath(pref);
        List<NominationView> rows = service.nominations(pid, p).stream().map(NominationView::of).toList();
        var header = service.list(pid, p);
        return new NominationList(pid, p.value(), header.map(h -> h.status().name()).orElse(null),
                header.map(h -> h.submittedAt() == null ? null : h.submittedAt().atZone(JapaneseDates.TOKYO).toOffsetDateTime())
                        .orElse(null),
                rows, service.warnings(pid, p));
    }

    @GetMapping("/prefectures/{pref}/nominations.xlsx")
    @Operation(summary = "A prefecture's list as a form (.xlsx) that imports back unchanged")
    ResponseEntity<byte[]> listXlsx(@PathVariable String pid, @PathVariable String pref) {
        PrefectureCode p = PrefectureCode.inPath(pref);
        return Downloads.xlsx(service.form(pid, p), pid + "_" + p + "_nominations.xlsx");
    }

    record Submission(String prefectureCode, String state, int nominations, OffsetDateTime submittedAt, String submittedBy,
                      String lastDay) {
    }

    record Submissions(List<Submission> prefectures) {
    }

    @GetMapping("/submissions")
    @Operation(summary = "Submission state of every prefecture: NOT_STARTED, DRAFT, SUBMITTED, LATE (MHLW_ADMIN, AUDITOR)")
    Submissions submissions(@PathVariable String pid) {
        return new Submissions(service.submissions(pid).stream().map(s -> new Submission(s.prefecture().value(), s.state().name(),
                s.nominations(),
                s.list() == null || s.list().submittedAt() == null ? null
                        : s.list().submittedAt().atZone(JapaneseDates.TOKYO).toOffsetDateTime(),
                s.list() == null ? null : s.list().submittedBy(), s.lastDay().toString())).toList());
    }
}
