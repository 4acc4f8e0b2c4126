package jp.mamori.nomination.form;

import jp.mamori.shared.HospitalCode;

/**
 * One non-blank data row after its own checks: what could be read for the checks across rows,
 * and the typed row when every value of it was good (null otherwise).
 */
record ParsedRow(int sheetRow, Integer rank, HospitalCode code, String name, Integer beds, NominationRow row) {
}
