package jp.mamori.shared;

import java.util.Arrays;
import java.util.Optional;

/** 前年度事業の参加状況. */
public enum PreviousYearParticipation {
    COMPLETED("調査完了"),
    WITHDREW_AFTER_PRESURVEY("事前調査資料提出後辞退"),
    WITHDREW("辞退"),
    NONE("なし");

    private final String label;

    PreviousYearParticipation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<PreviousYearParticipation> fromLabel(String text) {
        return Arrays.stream(values()).filter(v -> v.label.equals(text) || v.name().equals(text)).findFirst();
    }
}
