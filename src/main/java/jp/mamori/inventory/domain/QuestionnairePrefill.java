package jp.mamori.inventory.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jp.mamori.survey.domain.SystemEntry;

/**
 * The draft points a hearing starts from: one REMOTE_MAINTENANCE point per questionnaire system its vendor
 * maintains remotely, unless the inventory already has a point for that system and vendor. Names are compared
 * folded (width, case, punctuation, legal forms), so 「ＰＡＣＳ」 by 「株式会社Ａ社」 is PACS by A社 and running the
 * pre-fill twice adds nothing. What the questionnaire does not say stays unknown; the hearing fills it in.
 */
public final class QuestionnairePrefill {

    private QuestionnairePrefill() {
    }

    public static List<ConnectionPoint> drafts(long caseId, List<SystemEntry> systems, List<ConnectionPoint> existing) {
        Set<String> present = new HashSet<>();
        for (ConnectionPoint p : existing) {
            present.add(key(p.system(), p.counterpart()));
            present.add(key(p.system(), p.device().vendor()));
        }
        List<ConnectionPoint> out = new ArrayList<>();
        for (SystemEntry s : systems) {
            if (!Boolean.TRUE.equals(s.remoteMaintenance()) || blank(s.name()) && blank(s.vendor())) {
                continue;
            }
            if (present.add(key(s.name(), s.vendor()))) {
                out.add(new ConnectionPoint(null, caseId, Purpose.REMOTE_MAINTENANCE, strip(s.vendor()), strip(s.name()), null,
                        Device.UNKNOWN, null, null, null, null, null, null, null, null, PointStatus.DIAGRAM, null));
            }
        }
        return out;
    }

    private static String key(String system, String vendor) {
        return VendorNames.normalize(system) + "|" + VendorNames.normalize(vendor);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }
}
