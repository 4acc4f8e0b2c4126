package jp.mamori.backup.domain;

import java.math.BigDecimal;

/**
 * One system the plan protects.
 *
 * @param dataTb             data volume in TB, zero or more (zero while nobody knows yet)
 * @param restoreTargetHours how soon it must be running again from the copy; null while not agreed
 */
public record ProtectedSystem(String name, String kind, BigDecimal dataTb, Frequency frequency, int generations,
                              Separation separation, Integer restoreTargetHours) {

    /** 1.50 and 1.5 TB are the same figure: kept in its shortest form, never in powers of ten. */
    public ProtectedSystem {
        if (dataTb != null) {
            dataTb = dataTb.stripTrailingZeros();
            if (dataTb.scale() < 0) {
                dataTb = dataTb.setScale(0);
            }
        }
    }
}
