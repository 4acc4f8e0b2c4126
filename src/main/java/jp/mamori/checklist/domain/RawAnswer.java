package jp.mamori.checklist.domain;

/** An answer as sent (API or page): text not yet checked. */
public record RawAnswer(String answer, String checkedOn, String targetOn) {
}
