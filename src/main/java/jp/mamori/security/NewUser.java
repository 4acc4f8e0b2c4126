package jp.mamori.security;

import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;

/** What the ministry enters to create an account. */
public record NewUser(String username, String password, Role role, PrefectureCode prefecture, HospitalCode hospital,
                      String organization, String displayName, String email) {
}
