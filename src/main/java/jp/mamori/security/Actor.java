package jp.mamori.security;

import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;

/**
 * The person (or tool) behind a request, with the organization their role is bound to. Kept in web
 * sessions: a record deserializes by component name, so a session stored before a component was
 * added reads it as null/false.
 *
 * @param organizationId a CONTRACTOR account's organization (contractor or subcontractor); null otherwise
 * @param manager        a CONTRACTOR account that may move its organization's cases and correct done dates
 */
public record Actor(long userId, String username, Role role, PrefectureCode prefecture, HospitalCode hospital,
                    String organizationId, boolean manager)
        implements java.io.Serializable {

    public Actor(long userId, String username, Role role, PrefectureCode prefecture, HospitalCode hospital) {
        this(userId, username, role, prefecture, hospital, null, false);
    }

    public boolean is(Role r) {
        return role == r;
    }

    public boolean national() {
        return role == Role.MHLW_ADMIN || role == Role.AUDITOR;
    }
}
