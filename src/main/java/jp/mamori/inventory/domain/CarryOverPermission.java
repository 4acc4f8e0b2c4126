package jp.mamori.inventory.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether last year's inventory may pre-fill this year's (survey.md): when the hospital chose to share it, or
 * when last year's case was held by the same contractor organization. "The same" takes in the contractor and its
 * own subcontractors in a line: the contractor answers for its subcontractor's cases, and a subcontractor works
 * on its contractor's behalf; two subcontractors of one contractor are different companies, and one does not get
 * the other's findings without the hospital's word.
 */
public final class CarryOverPermission {

    /** An organization as this rule needs it: its id and, for a subcontractor, its contractor's. */
    public record Holder(String id, String parentId) {
    }

    private CarryOverPermission() {
    }

    /** Empty when allowed; otherwise the reason, in Japanese, saying what would allow it. */
    public static Optional<String> refusal(Holder thisYear, Holder lastYear, boolean hospitalShares) {
        if (hospitalShares || sameLine(thisYear, lastYear)) {
            return Optional.empty();
        }
        return Optional.of("前回の調査は別の調査事業者が担当したため、前回の外部接続点台帳を引き継げません。"
                + "病院が引き継ぎに同意すると、引き継げるようになります。");
    }

    static boolean sameLine(Holder a, Holder b) {
        if (a == null || b == null || a.id() == null || b.id() == null) {
            return false;
        }
        return a.id().equals(b.id()) || a.id().equals(b.parentId()) || Objects.equals(a.parentId(), b.id());
    }
}
