package jp.mamori.security;

import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;

/** The person (or tool) behind a request, with the organization their role is bound to. */
public record Actor(long userId, String username, Role role, PrefectureCode prefecture, HospitalCode hospital)
        implements java.io.Serializable {

    public boolean is(Role r) {
        return role == r;
    }

    public boolean national() {
        return role == Role.MHLW_ADMIN || role == Role.AUDITOR;
    }
}
