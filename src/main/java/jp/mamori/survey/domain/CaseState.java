package jp.mamori.survey.domain;

/** What a case waits for: the next step, DELIVERED once every step is done, or WITHDRAWN. Derived, never stored. */
public enum CaseState {
    ASSIGNMENT, MEMORANDUM, PRESURVEY, HEARING, ONSITE, REPORT, DELIVERY, DELIVERED, WITHDRAWN;

    static CaseState next(CaseStep step) {
        return valueOf(step.name());
    }
}
