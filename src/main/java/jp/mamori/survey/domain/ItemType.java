package jp.mamori.survey.domain;

/** How a questionnaire item is answered (api-survey.md, Questionnaire). */
public enum ItemType {
    CHOICE, NUMBER, TEXT, DATE, SYSTEMS
}
