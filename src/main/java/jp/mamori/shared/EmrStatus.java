package jp.mamori.shared;

import java.util.Arrays;
import java.util.Optional;

/** 電子カルテ導入状況. */
public enum EmrStatus {
    ALL("全部導入"),
    PARTIAL("一部導入"),
    PLANNED("導入予定"),
    NONE("未導入");

    private final String label;

    EmrStatus(String label) {
        this.label = label;
    }

    /** The exact text of the nomination form and the API. */
    public String label() {
        return label;
    }

    public boolean inUse() {
        return this == ALL || this == PARTIAL;
    }

    public static Optional<EmrStatus> fromLabel(String text) {
        return Arrays.stream(values()).filter(v -> v.label.equals(text) || v.name().equals(text)).findFirst();
    }
}
