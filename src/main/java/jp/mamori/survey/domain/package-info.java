/**
 * The rules of a survey case (survey.md, "Survey case"): the seven {@link jp.mamori.survey.domain.CaseStep steps},
 * the {@link jp.mamori.survey.domain.CaseState state} derived from them, the step rules in
 * {@link jp.mamori.survey.domain.CaseSteps}, targets and overdue in {@link jp.mamori.survey.domain.OverduePolicy}.
 * Plain Java: no Spring, no database, no clock (today is passed in, in Japan time).
 */
@org.springframework.modulith.NamedInterface("domain")
package jp.mamori.survey.domain;
