package jp.mamori.shared;

import java.util.Arrays;
import java.util.Optional;

/** 希望する支援内容. */
public enum SupportWanted {
    BOTH("両方"),
    CONNECTION_ONLY("外部接続の検証のみ"),
    BACKUP_ONLY("オフラインバックアップのみ");

    private final String label;

    SupportWanted(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<SupportWanted> fromLabel(String text) {
        return Arrays.stream(values()).filter(v -> v.label.equals(text) || v.name().equals(text)).findFirst();
    }
}
