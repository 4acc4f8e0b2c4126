package jp.mamori.survey.domain;

/** The seven steps of a survey case, in the order they must be done (survey.md, "Survey case"). */
public enum CaseStep {
    ASSIGNMENT, MEMORANDUM, PRESURVEY, HEARING, ONSITE, REPORT, DELIVERY;

    /** The step before this one, or null for the first. */
    public CaseStep previous() {
        return ordinal() == 0 ? null : values()[ordinal() - 1];
    }

    /** Whether the case's own data (documents other than the memorandum, questionnaire, inventory ...) may be entered. */
    public boolean isAfter(CaseStep other) {
        return ordinal() > other.ordinal();
    }
}
