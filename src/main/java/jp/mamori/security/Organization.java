package jp.mamori.security;

import java.time.Instant;

/** The contractor or one of its subcontractors; {@code parentId} is set exactly for a subcontractor. */
public record Organization(String id, String name, OrganizationKind kind, String parentId, String email, String phone,
                           Instant createdAt) implements java.io.Serializable {

    public boolean isContractor() {
        return kind == OrganizationKind.CONTRACTOR;
    }

    /** The contractor that answers for this organization: itself, or its parent. */
    public String contractorId() {
        return parentId == null ? id : parentId;
    }
}
