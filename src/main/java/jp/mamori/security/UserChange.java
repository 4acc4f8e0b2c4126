package jp.mamori.security;

import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;

/** An edit of an account's role, scope and details. */
public record UserChange(Role role, PrefectureCode prefecture, HospitalCode hospital, String organization,
                         String displayName, String email, boolean enabled, String organizationId, boolean manager) {

    public UserChange(Role role, PrefectureCode prefecture, HospitalCode hospital, String organization,
                      String displayName, String email, boolean enabled) {
        this(role, prefecture, hospital, organization, displayName, email, enabled, null, false);
    }
}
