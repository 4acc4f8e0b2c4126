package jp.mamori.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Which version of the report a rendering is, and where it stands: a draft has no approval, an approved one has
 * no delivery date yet, a delivered one is frozen.
 *
 * @param approvedBy  the display name (or user name) of the second account that approved it, null while a draft
 * @param deliveredOn the DELIVERY step's date, null until delivered
 */
public record ReportStamp(int version, String approvedBy, OffsetDateTime approvedAt, LocalDate deliveredOn) {

    public static ReportStamp draft(int version) {
        return new ReportStamp(version, null, null, null);
    }
}
