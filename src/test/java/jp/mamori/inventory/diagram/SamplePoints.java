package jp.mamori.inventory.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.mamori.inventory.domain.Authentication;
import jp.mamori.inventory.domain.ConnectionPoint;
import jp.mamori.inventory.domain.Device;
import jp.mamori.inventory.domain.Line;
import jp.mamori.inventory.domain.PointStatus;
import jp.mamori.inventory.domain.Purpose;
import jp.mamori.inventory.domain.Severity;

/** Connection points for the diagram tests. */
final class SamplePoints {

    static final DiagramLabels LABELS = DiagramLabels.japanese();

    private SamplePoints() {
    }

    static ConnectionPoint point(long id, String system, String counterpart, Line line, Device device, PointStatus status) {
        return new ConnectionPoint(id, 1L, Purpose.REMOTE_MAINTENANCE, counterpart, system, line, device, true, null,
                Authentication.PASSWORD, false, null, null, null, true, status, null);
    }

    /** Three points of a small hospital: a critical VPN, a disconnected dial-up, one with nothing known. */
    static DiagramModel smallHospital() {
        List<ConnectionPoint> points = List.of(
                point(11, "電子カルテ", "富士山メディカル株式会社 保守センター", Line.INTERNET_VPN,
                        new Device("Fortinet", "FortiGate", "7.0.12", "203.0.113.10"), PointStatus.HEARING),
                point(12, "ＰＡＣＳ", "画像診断支援センター", Line.DIALUP,
                        new Device(null, "RAS-100", null, null), PointStatus.DISCONNECTED),
                point(13, "給食システム", "配食サービス株式会社", Line.CLOSED_NETWORK, null, PointStatus.DIAGRAM));
        return new DiagramModel("さくら記念病院", List.of("電子カルテ", "PACS", "検査システム"), points,
                Map.of(11L, Severity.CRITICAL, 12L, Severity.MEDIUM), Severity.HIGH);
    }

    /** Many points over a few systems, some matching none, every line and severity. */
    static DiagramModel manyPoints(int count) {
        List<String> systems = List.of("電子カルテ", "PACS", "検査システム", "部門システム", "医事会計");
        List<ConnectionPoint> points = new ArrayList<>();
        Map<Long, Severity> worst = new HashMap<>();
        Line[] lines = Line.values();
        Severity[] severities = Severity.values();
        for (int i = 0; i < count; i++) {
            long id = 1000 + i;
            String system = i % 7 == 6 ? "院外の端末" : systems.get(i % systems.size());
            String counterpart = "接続先ベンダー" + i + (i % 4 == 0 ? " 東日本リモート保守サービスセンター（夜間・休日の緊急対応窓口を含む）" : "");
            PointStatus status = i % 9 == 0 ? PointStatus.DISCONNECTED : PointStatus.ONSITE;
            points.add(point(id, system, counterpart, lines[i % lines.length],
                    new Device("Vendor" + i, "Product " + i, i % 3 == 0 ? null : "v" + i, "10.0." + i + ".1"), status));
            if (i % 6 != 5) {
                worst.put(id, severities[i % severities.length]);
            }
        }
        return new DiagramModel("大規模総合医療センター", systems, points, worst, null);
    }
}
