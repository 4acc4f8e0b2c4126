package jp.mamori.survey;

/** A case's questionnaire answers were stored (a draft or complete), in the answer's transaction. */
public record QuestionnaireAnswered(long caseId) {
}
