package jp.mamori.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OrganizationRepository {

    private static final String COLUMNS = "id, name, kind, parent_id, email, phone, created_at";

    private final JdbcClient jdbc;

    OrganizationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Organization> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organization WHERE id = :id").param("id", id)
                .query(OrganizationRepository::map).optional();
    }

    List<Organization> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM organization ORDER BY COALESCE(parent_id, id), parent_id NULLS FIRST, id")
                .query(OrganizationRepository::map).list();
    }

    void insert(NewOrganization o) {
        jdbc.sql("INSERT INTO organization (id, name, kind, parent_id, email, phone) VALUES (:id, :name, :kind, :parent, :email, :phone)")
                .param("id", o.id()).param("name", o.name()).param("kind", o.kind().name()).param("parent", o.parentId())
                .param("email", o.email()).param("phone", o.phone()).update();
    }

    /** The organization ids of an enabled CONTRACTOR account, or empty. */
    Optional<String> organizationOfContractor(String username) {
        return jdbc.sql("SELECT organization_id FROM app_user WHERE lower(username) = lower(:u) AND role = 'CONTRACTOR' AND enabled")
                .param("u", username).query(String.class).optional();
    }

    /** Enabled contractor accounts by organization id, usernames sorted. */
    java.util.Map<String, List<String>> contractorAccounts(java.util.Collection<String> organizationIds) {
        java.util.Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        organizationIds.forEach(id -> out.put(id, new java.util.ArrayList<>()));
        if (organizationIds.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT organization_id, username FROM app_user WHERE organization_id IN (:o) AND role = 'CONTRACTOR' AND enabled"
                        + " ORDER BY username")
                .param("o", List.copyOf(organizationIds))
                .query((rs, n) -> java.util.Map.entry(rs.getString("organization_id"), rs.getString("username"))).list()
                .forEach(e -> out.get(e.getKey()).add(e.getValue()));
        return out;
    }

    private static Organization map(ResultSet rs, int row) throws SQLException {
        return new Organization(rs.getString("id"), rs.getString("name"), OrganizationKind.valueOf(rs.getString("kind")),
                rs.getString("parent_id"), rs.getString("email"), rs.getString("phone"),
                rs.getTimestamp("created_at").toInstant());
    }
}
