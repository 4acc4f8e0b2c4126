package jp.mamori.survey;

import java.time.LocalDate;

/**
 * What the report's rules need of a case: who leads it and how far its steps are. Not confidential (the case's
 * state and dates are not); the lead is the case's lead surveyor, null while none is picked.
 */
public record CaseProgress(long caseId, String programId, String hospitalCode, String organizationId, String leadUsername,
                           boolean withdrawn, boolean sharedWithPrefecture, LocalDate onsiteDoneOn, LocalDate reportDoneOn,
                           LocalDate deliveryDoneOn) {
}
