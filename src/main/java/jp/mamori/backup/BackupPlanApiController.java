package jp.mamori.backup;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** api-survey.md, Backup plan: the plan with its cost range, TB total, fee-schedule check and {@code version}. */
@RestController
@RequestMapping("/api/v1/cases/{id}/backup-plan")
@Tag(name = "Backup plan")
class BackupPlanApiController {

    private final BackupPlans plans;

    BackupPlanApiController(BackupPlans plans) {
        this.plans = plans;
    }

    @GetMapping
    @Operation(summary = "The case's backup plan, seeded from the questionnaire until one is saved (confidential readers; audited)")
    Map<String, Object> get(@PathVariable long id) {
        return BackupPlans.describe(plans.read(id));
    }

    @PutMapping
    @Operation(summary = "The contractor saves the plan; the hospital records only its decision; a stale version answers 409 STALE_VERSION")
    Map<String, Object> put(@PathVariable long id, @RequestBody(required = false) JsonNode body) {
        return BackupPlans.describe(plans.save(id, body));
    }
}
