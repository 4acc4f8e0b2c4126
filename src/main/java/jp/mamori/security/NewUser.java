package jp.mamori.security;

import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;

/** What the ministry enters to create an account. */
public record NewUser(String username, String password, Role role, PrefectureCode prefecture, HospitalCode hospital,
                      String organization, String displayName, String email, String organizationId, boolean manager) {

    /** An account of a role without an organization of the survey half. */
    public NewUser(String username, String password, Role role, PrefectureCode prefecture, HospitalCode hospital,
                   String organization, String displayName, String email) {
        this(username, password, role, prefecture, hospital, organization, displayName, email, null, false);
    }
}
