package jp.mamori.inventory;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.mamori.inventory.domain.KevAlias;
import jp.mamori.security.AccessGuard;
import jp.mamori.security.Actor;
import jp.mamori.security.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The KEV catalogue in force and its alias table. Everyone but a hospital reads them (the catalogue is public,
 * and the contractor needs its version to explain a finding); only the ministry changes them.
 */
@RestController
@RequestMapping("/api/v1/kev")
@Tag(name = "KEV catalogue")
class KevApiController {

    static final Role[] READERS = {Role.MHLW_ADMIN, Role.AUDITOR, Role.CONTRACTOR, Role.PREFECTURE};

    private final KevCatalogue catalogue;
    private final AccessGuard guard;

    KevApiController(KevCatalogue catalogue, AccessGuard guard) {
        this.catalogue = catalogue;
        this.guard = guard;
    }

    record Status(String catalogVersion, Instant dateReleased, Integer count, Instant loadedAt, String loadedBy,
                  String source, Integer newSuggestions) {
        static Status of(KevRepository.KevLoad l) {
            return l == null ? new Status(null, null, null, null, null, null, null)
                    : new Status(l.catalogVersion(), l.dateReleased(), l.count(), l.loadedAt(), l.loadedBy(), l.source(),
                    l.newSuggestions());
        }
    }

    record AliasTable(List<KevCatalogue.AliasView> aliases, Integer newSuggestions) {
    }

    @GetMapping
    @Operation(summary = "The KEV catalogue in force (every role but HOSPITAL); newSuggestions is what its load raised")
    Status status() {
        guard.requireRole(READERS);
        return Status.of(catalogue.status().orElse(null));
    }

    @PostMapping
    @Operation(summary = "Load a newer CISA KEV catalogue (MHLW_ADMIN); 422 not a catalogue, 409 KEV_OLDER")
    Status load(@RequestBody byte[] body) {
        Actor actor = guard.requireRole(Role.MHLW_ADMIN);
        KevCatalogue.Loaded loaded = catalogue.upload(body, actor.username());
        return Status.of(loaded.load());
    }

    @GetMapping("/aliases")
    @Operation(summary = "The alias table, shipped aliases first, each with its origin (every role but HOSPITAL)")
    AliasTable aliases() {
        guard.requireRole(READERS);
        return new AliasTable(KevCatalogue.views(catalogue.aliases()), null);
    }

    @PutMapping("/aliases")
    @Operation(summary = "Replace the ministry's aliases (MHLW_ADMIN); entries marked origin SHIPPED are the shipped table's and are skipped")
    AliasTable replace(@RequestBody JsonNode body) {
        Actor actor = guard.requireRole(Role.MHLW_ADMIN);
        int raised = catalogue.replaceMinistryAliases(
                KevAliasFile.parse(body, KevAlias.Origin.MINISTRY), actor.username());
        return new AliasTable(KevCatalogue.views(catalogue.aliases()), raised);
    }
}
