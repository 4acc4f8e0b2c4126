package jp.mamori.survey;

/**
 * A case as other modules see it through {@link CaseAccess}: enough to name it and to tell whom to write to,
 * nothing of its confidential data.
 *
 * @param organizationId the organization holding the case, null while unassigned
 */
public record CaseRef(long id, String programId, String hospitalCode, String prefectureCode, String organizationId,
                      boolean withdrawn, boolean delivered) {

    static CaseRef of(SurveyCase c) {
        return new CaseRef(c.id(), c.programId(), c.hospital().value(), c.prefecture().value(), c.organizationId(),
                c.withdrawn(), c.state() == jp.mamori.survey.domain.CaseState.DELIVERED);
    }
}
