package jp.mamori.registry;

import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;

/**
 * A registry hospital. {@code beds} may be null (the open data has blanks). The flags are
 * 災害拠点病院 (disaster base), 急性期 (acute care) and 救急告示 (emergency).
 */
public record Hospital(HospitalCode code, String name, PrefectureCode prefecture, String address, Integer beds,
                       boolean disasterBase, boolean acuteCare, boolean emergency) {

    public boolean checkDigitMatches() {
        return code.checkDigitMatches();
    }
}
