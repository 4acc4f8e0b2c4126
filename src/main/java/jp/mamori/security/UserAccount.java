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
        return new Actor(id, username, role, prefecture, hospital);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
