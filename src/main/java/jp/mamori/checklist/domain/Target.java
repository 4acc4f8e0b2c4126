package jp.mamori.checklist.domain;

import java.util.Optional;

/** What an item may be asked of separately: servers, terminal PCs, network devices. */
public enum Target {
    S("サーバ"), PC("端末PC"), NW("ネットワーク機器");

    private final String japanese;

    Target(String japanese) {
        this.japanese = japanese;
    }

    public String japanese() {
        return japanese;
    }

    public static Optional<Target> parse(String s) {
        for (Target t : values()) {
            if (t.name().equalsIgnoreCase(s == null ? "" : s.strip())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
