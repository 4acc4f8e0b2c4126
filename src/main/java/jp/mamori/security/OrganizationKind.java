package jp.mamori.security;

/** 事業者 (the contractor) or 再委託先 (a subcontractor under it). */
public enum OrganizationKind {
    CONTRACTOR,
    SUBCONTRACTOR
}
