package jp.mamori.survey;

import java.time.Instant;

import jp.mamori.shared.HospitalCode;

/**
 * An invitation was issued; {@code token} is the one-time secret for the link, never stored (only its hash), so
 * this event is the only place it exists. Published in the issuing transaction.
 */
public record CaseInvited(long invitationId, long caseId, String programId, HospitalCode hospital, String email, String token,
                          Instant expiresAt) {
}
