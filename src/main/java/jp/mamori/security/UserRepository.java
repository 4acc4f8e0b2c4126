package jp.mamori.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    private static final String COLUMNS = "id, username, role, prefecture_code, hospital_code, organization, organization_id, manager, display_name, email, "
            + "enabled, failed_attempts, locked_until, totp_enabled, last_login_at, created_at, version";

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE lower(username) = lower(:u)")
                .param("u", username).query(UserRepository::map).optional();
    }

    Optional<UserAccount> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE id = :id").param("id", id)
                .query(UserRepository::map).optional();
    }

    List<UserAccount> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user ORDER BY role, prefecture_code NULLS FIRST, username")
                .query(UserRepository::map).list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single();
    }

    boolean existsHospitalAccount(String hospitalCode) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM app_user WHERE role = 'HOSPITAL' AND hospital_code = :h)")
                .param("h", hospitalCode).query(Boolean.class).single();
    }

    boolean existsEmail(String email) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM app_user WHERE lower(email) = lower(:e))")
                .param("e", email).query(Boolean.class).single();
    }

    Optional<String> passwordHash(long id) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE id = :id").param("id", id).query(String.class).optional();
    }

    Optional<String> totpSecret(long id) {
        return jdbc.sql("SELECT totp_secret FROM app_user WHERE id = :id").param("id", id).query(String.class).optional();
    }

    long insert(NewUser u, String passwordHash) {
        return jdbc.sql("""
                INSERT INTO app_user (username, password_hash, role, prefecture_code, hospital_code, organization, display_name, email,
                                      organization_id, manager)
                VALUES (:username, :hash, :role, :pref, :hosp, :org, :name, :email, :orgId, :manager) RETURNING id""")
                .param("orgId", u.organizationId())
                .param("manager", u.manager())
                .param("username", u.username())
                .param("hash", passwordHash)
                .param("role", u.role().name())
                .param("pref", u.prefecture() == null ? null : u.prefecture().value())
                .param("hosp", u.hospital() == null ? null : u.hospital().value())
                .param("org", u.organization())
                .param("name", u.displayName())
                .param("email", u.email())
                .query(Long.class).single();
    }

    /** Optimistic: false when somebody else saved the account in between. */
    boolean update(long id, int expectedVersion, UserChange c) {
        return jdbc.sql("""
                UPDATE app_user SET role = :role, prefecture_code = :pref, hospital_code = :hosp, organization = :org,
                       organization_id = :orgId, manager = :manager, display_name = :name, email = :email, enabled = :enabled, updated_at = now(), version = version + 1
                 WHERE id = :id AND version = :version""")
                .param("role", c.role().name())
                .param("pref", c.prefecture() == null ? null : c.prefecture().value())
                .param("hosp", c.hospital() == null ? null : c.hospital().value())
                .param("org", c.organization())
                .param("name", c.displayName())
                .param("email", c.email())
                .param("enabled", c.enabled())
                .param("orgId", c.organizationId())
                .param("manager", c.manager())
                .param("id", id)
                .param("version", expectedVersion)
                .update() == 1;
    }

    void setPassword(long id, String hash) {
        jdbc.sql("UPDATE app_user SET password_hash = :h, password_changed_at = now(), updated_at = now(), version = version + 1 WHERE id = :id")
                .param("h", hash).param("id", id).update();
    }

    void setTotp(long id, String secret, boolean enabled) {
        jdbc.sql("UPDATE app_user SET totp_secret = :s, totp_enabled = :e, updated_at = now(), version = version + 1 WHERE id = :id")
                .param("s", secret).param("e", enabled).param("id", id).update();
    }

    /** Shown on the admin's pages: how many failures, and until when some address is blocked for this name. */
    void recordFailure(long id, Instant lockedUntil) {
        jdbc.sql("UPDATE app_user SET failed_attempts = failed_attempts + 1, locked_until = COALESCE(:u, locked_until) WHERE id = :id")
                .param("u", lockedUntil == null ? null : Timestamp.from(lockedUntil)).param("id", id).update();
    }

    void recordSuccess(long id, Instant at) {
        jdbc.sql("UPDATE app_user SET failed_attempts = 0, locked_until = NULL, last_login_at = :at WHERE id = :id")
                .param("at", Timestamp.from(at)).param("id", id).update();
    }

    void unlock(long id) {
        jdbc.sql("UPDATE app_user SET failed_attempts = 0, locked_until = NULL, updated_at = now() WHERE id = :id")
                .param("id", id).update();
    }

    static UserAccount map(ResultSet rs, int row) throws SQLException {
        String pref = rs.getString("prefecture_code");
        String hosp = rs.getString("hospital_code");
        return new UserAccount(
                rs.getLong("id"),
                rs.getString("username"),
                Role.valueOf(rs.getString("role")),
                pref == null ? null : new PrefectureCode(pref),
                hosp == null ? null : new HospitalCode(hosp),
                rs.getString("organization"),
                rs.getString("organization_id"),
                rs.getBoolean("manager"),
                rs.getString("display_name"),
                rs.getString("email"),
                rs.getBoolean("enabled"),
                rs.getInt("failed_attempts"),
                instant(rs, "locked_until"),
                rs.getBoolean("totp_enabled"),
                instant(rs, "last_login_at"),
                instant(rs, "created_at"),
                rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
