package jp.mamori.nomination;

import jp.mamori.nomination.form.NominationRow;
import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;

/** One hospital on a prefecture's list for a program. */
public record Nomination(String programId, PrefectureCode prefecture, NominationRow row, NominationOrigin origin) {

    public HospitalCode hospital() {
        return row.hospitalCode();
    }

    public int rank() {
        return row.rank();
    }
}
