package jp.mamori.inventory.sheet;

import java.time.LocalDate;

import jp.mamori.inventory.domain.Authentication;
import jp.mamori.inventory.domain.ConnectionPoint;
import jp.mamori.inventory.domain.Device;
import jp.mamori.inventory.domain.Line;
import jp.mamori.inventory.domain.PointStatus;
import jp.mamori.inventory.domain.Purpose;

/**
 * One filled row of the sheet: a connection point without its case, and the sheet row it came from so the
 * caller can still name the row (an ID that is not this case's).
 *
 * @param row the row number as Excel shows it (1-based)
 * @param id  the point's id; null for a row added in the sheet
 */
public record SheetRow(int row, Long id, Purpose purpose, String counterpart, String system, Line line, Device device,
                       Boolean alwaysOn, String openedBy, Authentication authentication, Boolean sourceRestricted,
                       Boolean logging, Boolean logReviewed, LocalDate lastPatchedOn, Boolean knownBefore,
                       PointStatus status, String note) {

    public SheetRow {
        device = device == null ? Device.UNKNOWN : device;
    }

    public ConnectionPoint toPoint(long caseId) {
        return new ConnectionPoint(id, caseId, purpose, counterpart, system, line, device, alwaysOn, openedBy,
                authentication, sourceRestricted, logging, logReviewed, lastPatchedOn, knownBefore, status, note);
    }
}
