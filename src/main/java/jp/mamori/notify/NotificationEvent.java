package jp.mamori.notify;

/**
 * What a message announces; each has one Japanese template under {@code templates/mail/}. The first four go to a
 * hospital's contacts, the last three to a prefecture's.
 */
public enum NotificationEvent {
    /** 支援対象に選定された. */
    HOSPITAL_SELECTED("hospital-selected"),
    /** 選定待ち (eligible, beyond the quota), with its place in line. */
    HOSPITAL_WAITLISTED("hospital-waitlisted"),
    /** 繰り上げ選定: selected into the slot a withdrawn hospital left. */
    HOSPITAL_REPLACED_IN("hospital-replaced-in"),
    /** 辞退を記録した. */
    HOSPITAL_WITHDRAWAL_RECORDED("hospital-withdrawal-recorded"),
    /** The prefecture's submission deadline is a few business days away. */
    DEADLINE_NEAR("deadline-near"),
    /** A hospital of the prefecture withdrew and (if anyone was waiting) the next one replaced it. */
    REPLACEMENT_HAPPENED("replacement-happened"),
    /** After the deadline the prefecture has open slots it may fill by designating hospitals. */
    SHORT_OF_QUOTA("short-of-quota");

    private final String template;

    NotificationEvent(String template) {
        this.template = template;
    }

    public String template() {
        return template;
    }

    public boolean toHospital() {
        return name().startsWith("HOSPITAL_");
    }
}
