package jp.mamori.survey;

import java.time.LocalDate;

/**
 * The DELIVERY step's done date was set, in that transaction: the report module freezes the approved version
 * there, so a failure to do so rolls the delivery back.
 *
 * @param by the account that set the date
 */
public record CaseDelivered(long caseId, String programId, String hospitalCode, LocalDate deliveredOn, String by) {
}
