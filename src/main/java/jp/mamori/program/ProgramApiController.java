package jp.mamori.program;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.mamori.shared.JapaneseDates;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/programs")
@Tag(name = "Programs")
class ProgramApiController {

    private final ProgramService service;

    ProgramApiController(ProgramService service) {
        this.service = service;
    }

    /** The API's program: the input shape plus id, extensions and derived figures. */
    record ProgramView(String id, String name, int fiscalYear, String fiscalYearJa, String ruleSet, int nationalCapacity,
                       String submissionDeadline, String onsiteCompletionDeadline, String emrDeadline,
                       String previousProgramId, List<ProgramInput.Band> bedBands, boolean bandSpill,
                       List<ProgramInput.Quota> quotas, int quotaTotal, List<String> priorityKeys,
                       Map<String, String> extensions, int version, Map<String, Integer> surveyTargets) {
        static ProgramView of(Program p) {
            ProgramInput in = ProgramInput.of(p);
            Map<String, String> ext = new TreeMap<>();
            p.extensions().forEach((k, v) -> ext.put(k.value(), v.toString()));
            return new ProgramView(p.id(), in.name(), in.fiscalYear(), p.definition().fiscalYear().japanese(), in.ruleSet(),
                    in.nationalCapacity(), in.submissionDeadline(), in.onsiteCompletionDeadline(), in.emrDeadline(),
                    in.previousProgramId(), in.bedBands(), Boolean.TRUE.equals(in.bandSpill()), in.quotas(),
                    p.definition().totalQuota(), in.priorityKeys(), ext, p.version(), p.surveyTargets());
        }
    }

    record ProgramList(List<ProgramView> programs) {
    }

    @GetMapping
    @Operation(summary = "Every program, newest fiscal year first")
    ProgramList list() {
        return new ProgramList(service.list().stream().map(ProgramView::of).toList());
    }

    @PutMapping("/{programId}")
    @Operation(summary = "Create or replace a program (MHLW_ADMIN); 201 when created, 200 when replaced")
    ResponseEntity<ProgramView> put(@PathVariable String programId, @RequestBody ProgramInput input) {
        ProgramService.Saved saved = service.save(programId, input);
        return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK).body(ProgramView.of(saved.program()));
    }

    @GetMapping("/{programId}")
    @Operation(summary = "One program")
    ProgramView get(@PathVariable String programId) {
        return ProgramView.of(service.get(programId));
    }

    record ExtensionRequest(String until) {
    }

    record ExtensionView(String programId, String prefectureCode, String until, OffsetDateTime closesAt) {
    }

    @PutMapping("/{programId}/prefectures/{pref}/extension")
    @Operation(summary = "Let one prefecture submit until a later date (MHLW_ADMIN); until null removes the extension")
    ExtensionView extension(@PathVariable String programId, @PathVariable String pref, @RequestBody ExtensionRequest r) {
        if (!PrefectureCode.isValid(pref)) {
            throw new ValidationException(Problem.field("pref", "INVALID_VALUE", "都道府県コードは01〜47の2桁で指定してください。"));
        }
        LocalDate until = null;
        if (r.until() != null && !r.until().isBlank()) {
            try {
                until = LocalDate.parse(r.until().trim());
            } catch (RuntimeException e) {
                throw new ValidationException(Problem.field("until", "INVALID_DATE",
                        "「" + r.until() + "」は実在する日付ではありません。YYYY-MM-DD で入力してください。"));
            }
        }
        PrefectureCode p = new PrefectureCode(pref);
        Program program = service.setExtension(programId, p, until);
        return new ExtensionView(programId, pref, until == null ? null : until.toString(),
                program.window().closesAt(p).atZone(JapaneseDates.TOKYO).toOffsetDateTime());
    }
}
