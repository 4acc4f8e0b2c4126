package jp.mamori.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jp.mamori.report.domain.VersionState;
import jp.mamori.shared.JapaneseDates;

/**
 * One version of a case's report as stored. {@code documentId}/{@code sha256} are the delivered PDF's,
 * {@code xlsxDocumentId}/{@code xlsxSha256} the delivered Excel file's (both REPORT documents of the case).
 */
public record ReportVersion(long caseId, int version, ReportText text, VersionState state, String writtenBy, Instant writtenAt,
                            String approvedBy, Instant approvedAt, LocalDate deliveredOn, UUID documentId, String sha256,
                            UUID xlsxDocumentId, String xlsxSha256) {

    public ReportStamp stamp() {
        return new ReportStamp(version, approvedBy, approvedAt == null ? null : OffsetDateTime.ofInstant(approvedAt, JapaneseDates.TOKYO),
                deliveredOn);
    }

    public boolean written() {
        return text.summary() != null && !text.summary().isBlank();
    }
}
