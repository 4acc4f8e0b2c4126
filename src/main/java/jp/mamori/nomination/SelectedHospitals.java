package jp.mamori.nomination;

import java.util.Set;

import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;

/**
 * Which hospitals of a prefecture are already selected in a program: a new list may not leave them
 * out (withdrawal is its own action). Implemented by the selection module, which owns the decisions.
 */
public interface SelectedHospitals {

    Set<HospitalCode> selected(String programId, PrefectureCode prefecture);
}
