package jp.mamori.survey;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import jp.mamori.survey.domain.CaseStep;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Survey cases")
class RescheduleApiController {

    private final RescheduleRequests requests;

    RescheduleApiController(RescheduleRequests requests) {
        this.requests = requests;
    }

    record Request(String step, List<String> preferredDates, String note) {
    }

    @PostMapping("/cases/{id}/reschedule-requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The hospital asks to move a step's planned date (HOSPITAL, its own case); the contractor is told")
    Map<String, Object> request(@PathVariable long id, @RequestBody Request r) {
        CaseStep step;
        try {
            step = CaseStep.valueOf(r.step() == null ? "" : r.step().trim());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(Problem.field("step", "INVALID_VALUE",
                    "手順は ASSIGNMENT, MEMORANDUM, PRESURVEY, HEARING, ONSITE, REPORT, DELIVERY のいずれかです。"));
        }
        List<LocalDate> dates = new ArrayList<>();
        for (String d : r.preferredDates() == null ? List.<String>of() : r.preferredDates()) {
            try {
                dates.add(LocalDate.parse(d == null ? "" : d.trim()));
            } catch (DateTimeParseException e) {
                throw new ValidationException(Problem.field("preferredDates", "INVALID_VALUE", "希望日は YYYY-MM-DD（例: 2025-10-01）で入力してください。"));
            }
        }
        String note = r.note() == null || r.note().isBlank() ? null : r.note().strip();
        return Map.of("id", requests.request(id, step, dates, note));
    }
}
