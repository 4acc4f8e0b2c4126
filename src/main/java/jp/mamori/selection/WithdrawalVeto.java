package jp.mamori.selection;

import java.util.Optional;

import jp.mamori.shared.HospitalCode;

/**
 * Asked before a hospital withdraws. Selection owns the question and later modules answer it (the
 * survey refuses once the hospital's report is delivered), so selection never depends on them.
 */
public interface WithdrawalVeto {

    /** Why this hospital may no longer withdraw from this program: an API code and a Japanese message; empty when it may. */
    Optional<Refusal> refusal(String programId, HospitalCode hospital);

    record Refusal(String code, String message) {
    }
}
