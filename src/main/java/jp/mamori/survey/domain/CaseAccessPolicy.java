package jp.mamori.survey.domain;

/**
 * Who sees and changes what of a survey case (survey.md, "Who sees what"). Survey data is a map of the hospital
 * for an attacker: the hospital and its assigned contractor only, the prefecture only with the hospital's consent,
 * the ministry and the auditor national figures only. "Assigned" is the case's organization and, for a
 * subcontractor's case, its parent contractor; a subcontractor never sees another's cases.
 */
public final class CaseAccessPolicy {

    private CaseAccessPolicy() {
    }

    /** Case state, step dates and overdue flags: not confidential. */
    public static boolean canReadState(Viewer v, CaseScope c) {
        return switch (v.role()) {
            case "MHLW_ADMIN", "AUDITOR" -> true;
            case "PREFECTURE" -> c.prefectureCode().equals(v.prefectureCode());
            case "HOSPITAL" -> c.hospitalCode().equals(v.hospitalCode());
            case "CONTRACTOR" -> isAssigned(v, c);
            default -> false;
        };
    }

    /** History notes, hearing attendees, contacts: the people involved, never the authorities. */
    public static boolean canReadPersonal(Viewer v, CaseScope c) {
        return isOwnHospital(v, c) || v.is("CONTRACTOR") && isAssigned(v, c);
    }

    /** Documents, questionnaire, inventory, findings, backup plan, report, hospital and contractor checklist answers. */
    public static boolean canReadConfidential(Viewer v, CaseScope c) {
        if (v.is("PREFECTURE")) {
            return c.sharedWithPrefecture() && c.prefectureCode().equals(v.prefectureCode());
        }
        return canReadPersonal(v, c);
    }

    /** The signed memorandum: the ministry is one of its parties. */
    public static boolean canReadMemorandum(Viewer v, CaseScope c) {
        return v.is("MHLW_ADMIN") || canReadPersonal(v, c);
    }

    /** The contractor's own survey work: steps, inventory, findings, the plan, the report. */
    public static boolean canWriteSurvey(Viewer v, CaseScope c) {
        return v.is("CONTRACTOR") && isAssigned(v, c);
    }

    /** The hospital's own part: its uploads, questionnaire, contacts, consent, its decision on the plan. */
    public static boolean canWriteAsHospital(Viewer v, CaseScope c) {
        return isOwnHospital(v, c);
    }

    /**
     * Moving a case between the contractor and its subcontractors and setting its lead: the ministry, or a
     * manager of the contractor the case belongs to (its own case or a subcontractor's). A subcontractor has
     * no subcontractors of its own to move cases to.
     */
    public static boolean canReassign(Viewer v, CaseScope c) {
        if (v.is("MHLW_ADMIN")) {
            return true;
        }
        return v.is("CONTRACTOR") && v.manager() && v.organizationId() != null
                && (v.organizationId().equals(c.parentOrganizationId())
                || c.parentOrganizationId() == null && v.organizationId().equals(c.organizationId()));
    }

    /** Correcting a done date already set: the ministry, or a manager of an organization the case is assigned to. */
    public static boolean canCorrect(Viewer v, CaseScope c) {
        return v.is("MHLW_ADMIN") || v.is("CONTRACTOR") && v.manager() && isAssigned(v, c);
    }

    static boolean isAssigned(Viewer v, CaseScope c) {
        String org = v.organizationId();
        return org != null && (org.equals(c.organizationId()) || org.equals(c.parentOrganizationId()));
    }

    static boolean isOwnHospital(Viewer v, CaseScope c) {
        return v.is("HOSPITAL") && c.hospitalCode().equals(v.hospitalCode());
    }
}
