package jp.mamori.survey.domain;

/**
 * Who asks, as the case rules see it: the role's name (MHLW_ADMIN, AUDITOR, PREFECTURE, HOSPITAL, CONTRACTOR),
 * the prefecture or hospital the account is bound to, and for contractor accounts the organization and manager flag.
 */
public record Viewer(String role, String prefectureCode, String hospitalCode, String organizationId, boolean manager) {

    boolean is(String r) {
        return r.equals(role);
    }
}
