package jp.mamori.security;

/** Who an account acts as; PREFECTURE and HOSPITAL accounts are bound to one organization. */
public enum Role {
    /** 厚生労働省 program office: sets up programs, sees and changes everything. */
    MHLW_ADMIN,
    /** 都道府県: its own prefecture only. */
    PREFECTURE,
    /** 病院: itself only. */
    HOSPITAL,
    /** 事業者: the hospitals assigned to it. */
    CONTRACTOR,
    /** 監査: national, read-only. */
    AUDITOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
