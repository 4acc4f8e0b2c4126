package jp.mamori.selection;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.mamori.selection.domain.DesignationCandidate;
import jp.mamori.selection.domain.PrefectureSummary;
import jp.mamori.selection.domain.Summary;
import jp.mamori.shared.Contact;
import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/programs/{pid}")
@Tag(name = "Selection")
class SelectionApiController {

    private final SelectionService service;

    SelectionApiController(SelectionService service) {
        this.service = service;
    }

    record FillRequest(String scope) {
    }

    record FillResponse(Summary summary, int changed, List<ChangeView> changes) {
    }

    record ChangeView(String hospitalCode, String before, String after, String explanation) {
        static ChangeView of(SelectionService.Change c) {
            return new ChangeView(c.after().hospitalCode().value(), c.before() == null ? null : c.before().status().name(),
                    c.after().status().name(), c.after().explanationJa());
        }
    }

    static SelectionService.Scope scope(String scope) {
        try {
            return SelectionService.Scope.valueOf(scope == null ? "" : scope.trim());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(Problem.field("scope", "INVALID_VALUE", "scope は PREFECTURES または NATIONAL を指定してください。"));
        }
    }

    @PostMapping("/selection/fill")
    @Operation(summary = "Run every prefecture's fill (PREFECTURES) or the national fill (NATIONAL) (MHLW_ADMIN)")
    FillResponse fill(@PathVariable String pid, @RequestBody FillRequest r) {
        SelectionService.Applied applied = service.fill(pid, scope(r.scope()));
        return new FillResponse(applied.summary(), applied.changes().size(),
                applied.changes().stream().map(ChangeView::of).toList());
    }

    @GetMapping("/selection/preview")
    @Operation(summary = "What a fill would change, nothing stored (MHLW_ADMIN)")
    FillResponse preview(@PathVariable String pid, @RequestParam String scope) {
        SelectionService.Applied applied = service.preview(pid, scope(scope));
        return new FillResponse(applied.summary(), applied.changes().size(),
                applied.changes().stream().map(ChangeView::of).toList());
    }

    record SelectionResponse(Summary summary, List<DecisionView> decisions) {
    }

    @GetMapping("/selection")
    @Operation(summary = "Summary and every decision (MHLW_ADMIN, AUDITOR; a PREFECTURE user gets its own prefecture)")
    SelectionResponse selection(@PathVariable String pid) {
        SelectionService.View v = service.selection(pid);
        return new SelectionResponse(v.summary(), v.decisions().stream().map(DecisionView::of).toList());
    }

    record PrefectureSummaries(List<PrefectureSummary> prefectures) {
    }

    @GetMapping("/selection/prefectures")
    @Operation(summary = "Quota, selected, waitlisted, ineligible, withdrawn and open slots per prefecture (MHLW_ADMIN, AUDITOR)")
    PrefectureSummaries prefectures(@PathVariable String pid) {
        return new PrefectureSummaries(service.prefectureSummaries(pid));
    }

    record WithdrawalRequest(String hospitalCode, String reason) {
    }

    record WithdrawalResponse(String withdrawn, String replacement) {
    }

    @PostMapping("/selection/withdrawals")
    @Operation(summary = "Record a selected hospital's withdrawal (MHLW_ADMIN or its prefecture); 409 unless selected")
    WithdrawalResponse withdraw(@PathVariable String pid, @RequestBody WithdrawalRequest r) {
        HospitalCode code = HospitalCode.tryParse(r.hospitalCode()).orElseThrow(() -> new ValidationException(
                Problem.field("hospitalCode", "INVALID_VALUE", "医療機関コードは10桁の数字で指定してください。")));
        SelectionService.Withdrawal w = service.withdraw(pid, code, r.reason());
        return new WithdrawalResponse(w.withdrawn().hospitalCode().value(),
                w.replacement().map(d -> d.hospitalCode().value()).orElse(null));
    }

    record CandidateView(int position, String hospitalCode, String name, Integer beds, boolean disasterBase, boolean acuteCare,
                         boolean emergency, String why, String whyEn) {
        static CandidateView of(DesignationCandidate c) {
            var h = c.hospital();
            return new CandidateView(c.position(), h.code().value(), h.name(), h.beds(), h.disasterBase(), h.acuteCare(),
                    h.emergency(), c.placedJa(), c.placedEn());
        }
    }

    record Candidates(List<CandidateView> candidates) {
    }

    @GetMapping("/prefectures/{pref}/designation-candidates")
    @Operation(summary = "Registry hospitals the prefecture might designate, best first (selection.md §4)")
    Candidates candidates(@PathVariable String pid, @PathVariable String pref, @RequestParam(defaultValue = "20") int limit) {
        return new Candidates(service.designationCandidates(pid, PrefectureCode.inPath(pref), Math.min(limit, 500)).stream()
                .map(CandidateView::of).toList());
    }

    record DesignationBody(String hospitalCode, Boolean consent, List<Contact> contacts, String emr, String support,
                           Integer beds, Boolean renewalPlanned, String onsiteExpectedBy, String previousYear, String note) {
    }

    record DesignationResponse(DecisionView decision, Summary summary) {
    }

    @PostMapping("/prefectures/{pref}/designations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Designate a registry hospital (the prefecture or MHLW_ADMIN); the prefecture fill follows")
    DesignationResponse designate(@PathVariable String pid, @PathVariable String pref, @RequestBody DesignationBody b) {
        PrefectureCode p = PrefectureCode.inPath(pref);
        HospitalCode code = HospitalCode.tryParse(b.hospitalCode()).orElseThrow(() -> new ValidationException(
                Problem.field("hospitalCode", "INVALID_VALUE", "医療機関コードは10桁の数字で指定してください。")));
        SelectionService.Applied applied = service.designate(pid, p, new DesignationRequest(code, b.consent(), b.contacts(),
                b.emr(), b.support(), b.beds(), b.renewalPlanned(), b.onsiteExpectedBy(), b.previousYear(), b.note()));
        DecisionView decision = applied.changes().stream().map(SelectionService.Change::after)
                .filter(d -> d.hospitalCode().equals(code)).findFirst().map(DecisionView::of).orElse(null);
        return new DesignationResponse(decision, applied.summary());
    }

    record HistoryEntry(int seq, String type, String prefectureCode, String hospitalCode, int changed, int selectedAfter,
                        String actor, java.time.OffsetDateTime occurredAt) {
    }

    @GetMapping("/selection/history")
    @Operation(summary = "Every selection event with who and when (MHLW_ADMIN, AUDITOR)")
    List<HistoryEntry> history(@PathVariable String pid) {
        return service.history(pid).stream().map(e -> new HistoryEntry(e.seq(), e.type(), e.prefecture(), e.hospital(),
                e.changed(), e.selectedAfter(), e.actor(), e.occurredAt().atZone(jp.mamori.shared.JapaneseDates.TOKYO).toOffsetDateTime())).toList();
    }

}
