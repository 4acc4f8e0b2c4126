package jp.mamori.security.domain;

import jp.mamori.security.Actor;
import jp.mamori.security.Role;
import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;

/**
 * The one place that decides who may see or change which prefecture's or hospital's data.
 * A prefecture sees only its own, a hospital only itself, the auditor everything but changes nothing.
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    public static boolean canReadNational(Actor actor) {
        return actor.role() == Role.MHLW_ADMIN || actor.role() == Role.AUDITOR;
    }

    public static boolean canChangeNational(Actor actor) {
        return actor.role() == Role.MHLW_ADMIN;
    }

    public static boolean canReadPrefecture(Actor actor, PrefectureCode prefecture) {
        return switch (actor.role()) {
            case MHLW_ADMIN, AUDITOR -> true;
            case PREFECTURE -> prefecture.equals(actor.prefecture());
            case HOSPITAL, CONTRACTOR -> false;
        };
    }

    public static boolean canChangePrefecture(Actor actor, PrefectureCode prefecture) {
        return switch (actor.role()) {
            case MHLW_ADMIN -> true;
            case PREFECTURE -> prefecture.equals(actor.prefecture());
            case HOSPITAL, CONTRACTOR, AUDITOR -> false;
        };
    }

    /** Registry facts of a hospital: public data, but still scoped to the actor's organization. */
    public static boolean canReadHospital(Actor actor, HospitalCode hospital) {
        return switch (actor.role()) {
            case MHLW_ADMIN, AUDITOR, CONTRACTOR -> true;
            case PREFECTURE -> hospital.prefecture().equals(actor.prefecture());
            case HOSPITAL -> hospital.equals(actor.hospital());
        };
    }

    public static boolean canChangeHospital(Actor actor, HospitalCode hospital) {
        return switch (actor.role()) {
            case MHLW_ADMIN -> true;
            case PREFECTURE -> hospital.prefecture().equals(actor.prefecture());
            case HOSPITAL, CONTRACTOR, AUDITOR -> false;
        };
    }
}
