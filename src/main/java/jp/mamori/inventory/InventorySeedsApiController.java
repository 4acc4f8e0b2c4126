package jp.mamori.inventory;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The inventory's starting points: the questionnaire's systems, last year's inventory, the hospital's consent to it. */
@RestController
@Tag(name = "Connection inventory")
class InventorySeedsApiController {

    private final InventorySeeds seeds;

    InventorySeedsApiController(InventorySeeds seeds) {
        this.seeds = seeds;
    }

    @PostMapping("/api/v1/cases/{id}/connections/prefill")
    @Operation(summary = "Draft points from the questionnaire's remotely maintained systems (the assigned contractor); twice adds nothing")
    ResponseEntity<Map<String, Object>> prefill(@PathVariable long id) {
        return ResponseEntity.status(HttpStatus.CREATED).body(body(seeds.prefillFromQuestionnaire(id)));
    }

    @PostMapping("/api/v1/cases/{id}/connections/carry-over")
    @Operation(summary = "Copy last year's inventory into this year's empty one, as DIAGRAM (the assigned contractor); "
            + "409 INVENTORY_NOT_EMPTY, CARRYOVER_NOT_ALLOWED or NO_PREVIOUS_INVENTORY")
    ResponseEntity<Map<String, Object>> carryOver(@PathVariable long id) {
        return ResponseEntity.status(HttpStatus.CREATED).body(body(seeds.carryOver(id)));
    }

    @GetMapping("/api/v1/cases/{id}/inventory-carryover")
    @Operation(summary = "The hospital's consent to carrying last year's inventory over, and whether it is possible now")
    Map<String, Object> state(@PathVariable long id) {
        return describe(seeds.carryOverState(id));
    }

    @PutMapping("/api/v1/cases/{id}/inventory-carryover")
    @Operation(summary = "The hospital allows or withdraws the carry-over of last year's inventory ({\"allowed\": true|false})")
    Map<String, Object> decide(@PathVariable long id, @RequestBody(required = false) JsonNode body) {
        JsonNode allowed = body == null ? null : body.get("allowed");
        if (allowed == null || !allowed.isBoolean()) {
            throw new ValidationException(Problem.field("allowed", "INVALID_VALUE",
                    "allowed は true（引き継ぎに同意する）か false（同意しない）で送ってください。"));
        }
        return describe(seeds.decideCarryOver(id, allowed.booleanValue()));
    }

    private static Map<String, Object> body(InventorySeeds.Seeded s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", s.rows().size());
        if (s.fromCaseId() != null) {
            m.put("fromCaseId", s.fromCaseId());
        }
        m.put("connections", s.rows().stream().map(ConnectionInventory::describe).toList());
        return m;
    }

    private static Map<String, Object> describe(InventorySeeds.CarryOverState s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("allowed", s.allowed());
        m.put("decidedBy", s.decidedBy());
        m.put("decidedAt", s.decidedAt() == null ? null : s.decidedAt().toString());
        m.put("previousCase", s.previousCase());
        m.put("possible", s.possible());
        m.put("reason", s.refusal());
        return m;
    }
}
