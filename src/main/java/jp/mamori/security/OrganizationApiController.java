package jp.mamori.security;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organizations")
@Tag(name = "Organizations")
class OrganizationApiController {

    private final Organizations organizations;

    OrganizationApiController(Organizations organizations) {
        this.organizations = organizations;
    }

    record CreateRequest(String id, String name, String kind, String parentId, String email, String phone) {
    }

    record OrganizationView(String id, String name, String kind, String parentId, String email, String phone, Instant createdAt) {
        static OrganizationView of(Organization o) {
            return new OrganizationView(o.id(), o.name(), o.kind().name(), o.parentId(), o.email(), o.phone(), o.createdAt());
        }
    }

    record OrganizationList(List<OrganizationView> organizations) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create the contractor or a subcontractor under it (MHLW_ADMIN)")
    OrganizationView create(@RequestBody CreateRequest r) {
        OrganizationKind kind = null;
        if (r.kind() != null && !r.kind().isBlank()) {
            try {
                kind = OrganizationKind.valueOf(r.kind().trim());
            } catch (IllegalArgumentException e) {
                throw new ValidationException(Problem.field("kind", "INVALID_VALUE",
                        "種別は CONTRACTOR（事業者）か SUBCONTRACTOR（再委託先）を指定してください。"));
            }
        }
        return OrganizationView.of(organizations.create(new NewOrganization(r.id(), r.name(), kind, r.parentId(), r.email(), r.phone())));
    }

    @GetMapping
    @Operation(summary = "List organizations (MHLW_ADMIN, AUDITOR; a contractor account its own, its parent and its subcontractors)")
    OrganizationList list() {
        return new OrganizationList(organizations.list().stream().map(OrganizationView::of).toList());
    }
}
