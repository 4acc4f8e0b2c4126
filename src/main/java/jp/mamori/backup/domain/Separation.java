package jp.mamori.backup.domain;

/**
 * How a copy is kept apart from the hospital network (survey.md: LTO/RDX media, write-once storage, a NAS connected
 * only while copying, a logically separated cloud area, a separated network).
 */
public enum Separation {
    OFFLINE_MEDIA, WORM, ISOLATED_NAS, ISOLATED_CLOUD, SEPARATED_NETWORK;

    /**
     * Whether the fee schedule's 診療録管理体制加算 counts it as "offline": the 2024 Q&A accepts logically or physically
     * separated networks and write-once areas besides media taken off line, so every method here counts.
     * Kept as a method so that a method added later must say whether it counts.
     */
    public boolean countsAsOffline() {
        return switch (this) {
            case OFFLINE_MEDIA, WORM, ISOLATED_NAS, ISOLATED_CLOUD, SEPARATED_NETWORK -> true;
        };
    }
}
