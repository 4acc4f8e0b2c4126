package jp.mamori.security;

import java.time.Instant;

import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;

/** An account as stored (the password hash and second-factor secret never leave this module). */
public record UserAccount(
        long id,
        String username,
        Role role,
        PrefectureCode prefecture,
        HospitalCode hospital,
        String organization,
        String organizationId,
        boolean manager,
        String displayName,
        String email,
        boolean enabled,
        int failedAttempts,
        Instant lockedUntil,
        boolean totpEnabled,
        Instant lastLoginAt,
        Instant createdAt,
        int version) {

    public Actor actor() {
        return new Actor(id, username, role, prefecture, hospital, organizationId, manager);
    }

    /**
     * Whether a session opened as {@code before} still holds exactly this account's rights. The one
     * place that decides which changes end an account's sessions and tokens (the organization and the manager
     * flag scope a contractor's cases).
     */
    public boolean grantsSameAs(UserAccount before) {
        return role == before.role
                && java.util.Objects.equals(prefecture, before.prefecture)
                && java.util.Objects.equals(hospital, before.hospital)
                && java.util.Objects.equals(organization, before.organization)
                && java.util.Objects.equals(organizationId, before.organizationId)
                && manager == before.manager
                && enabled == before.enabled;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
