package jp.mamori.inventory;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** api-survey.md, Connection inventory: the rows of a case's 外部接続点台帳, each with its {@code version}. */
@RestController
@RequestMapping("/api/v1/cases/{id}/connections")
@Tag(name = "Connection inventory")
class ConnectionApiController {

    private final ConnectionInventory inventory;

    ConnectionApiController(ConnectionInventory inventory) {
        this.inventory = inventory;
    }

    @GetMapping
    @Operation(summary = "The case's connection points (confidential readers; audited)")
    Map<String, Object> list(@PathVariable long id) {
        return Map.of("connections", inventory.read(id).stream().map(ConnectionInventory::describe).toList());
    }

    @PostMapping
    @Operation(summary = "Add a connection point (the assigned contractor)")
    ResponseEntity<Map<String, Object>> create(@PathVariable long id, @RequestBody(required = false) JsonNode body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(ConnectionInventory.describe(inventory.create(id, body)));
    }

    @PutMapping("/{cid}")
    @Operation(summary = "Replace a connection point; a stale version answers 409 STALE_VERSION")
    Map<String, Object> update(@PathVariable long id, @PathVariable long cid, @RequestBody(required = false) JsonNode body) {
        return ConnectionInventory.describe(inventory.update(id, cid, body));
    }

    @DeleteMapping("/{cid}")
    @Operation(summary = "Delete a connection point; with ?version= a stale one answers 409 STALE_VERSION")
    ResponseEntity<Void> delete(@PathVariable long id, @PathVariable long cid, @RequestParam(required = false) Integer version) {
        inventory.delete(id, cid, version);
        return ResponseEntity.noContent().build();
    }
}
