package jp.mamori.inventory.domain;

import java.time.LocalDate;

/**
 * One row of the 外部接続点台帳. The Boolean fields are questions the hearing may not have answered: {@code null}
 * is "unknown", which raises nothing unless a rule says so. Free text is kept as typed (trimmed).
 *
 * @param id        null before it is stored
 * @param system    the hospital's internal system the point serves (PACS, 電子カルテ, ...)
 * @param openedBy  who opens an on-demand line
 */
public record ConnectionPoint(Long id, long caseId, Purpose purpose, String counterpart, String system, Line line,
                              Device device, Boolean alwaysOn, String openedBy, Authentication authentication,
                              Boolean sourceRestricted, Boolean logging, Boolean logReviewed, LocalDate lastPatchedOn,
                              Boolean knownBefore, PointStatus status, String note) {

    public ConnectionPoint {
        device = device == null ? Device.UNKNOWN : device;
    }

    public boolean disconnected() {
        return status == PointStatus.DISCONNECTED;
    }
}
