package jp.mamori.security;

/** What the ministry enters to create an organization. */
public record NewOrganization(String id, String name, OrganizationKind kind, String parentId, String email, String phone) {
}
