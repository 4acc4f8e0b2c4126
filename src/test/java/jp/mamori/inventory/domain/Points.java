package jp.mamori.inventory.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Connection points for the rule tests: a well-kept on-demand remote-maintenance link, changed one field at a time. */
final class Points {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private Points() {
    }

    static ConnectionPoint safe() {
        return new ConnectionPoint(7L, 1L, Purpose.REMOTE_MAINTENANCE, "A社 保守センター", "PACS", Line.CLOSED_NETWORK,
                new Device("Fortinet", "FortiGate", "7.0.1", "192.0.2.1"), false, "放射線科", Authentication.TWO_FACTOR,
                true, true, true, TODAY.minusDays(30), true, PointStatus.ONSITE, null);
    }

    static ConnectionPoint with(ConnectionPoint p, Purpose purpose, Line line, Boolean alwaysOn, Authentication auth) {
        return new ConnectionPoint(p.id(), p.caseId(), purpose, p.counterpart(), p.system(), line, p.device(), alwaysOn,
                p.openedBy(), auth, p.sourceRestricted(), p.logging(), p.logReviewed(), p.lastPatchedOn(), p.knownBefore(),
                p.status(), p.note());
    }

    static ConnectionPoint withControls(ConnectionPoint p, Boolean sourceRestricted, Boolean logging, Boolean logReviewed,
                                        Boolean knownBefore) {
        return new ConnectionPoint(p.id(), p.caseId(), p.purpose(), p.counterpart(), p.system(), p.line(), p.device(),
                p.alwaysOn(), p.openedBy(), p.authentication(), sourceRestricted, logging, logReviewed, p.lastPatchedOn(),
                knownBefore, p.status(), p.note());
    }

    static ConnectionPoint withDevice(ConnectionPoint p, Device d, LocalDate patched) {
        return new ConnectionPoint(p.id(), p.caseId(), p.purpose(), p.counterpart(), p.system(), p.line(), d,
                p.alwaysOn(), p.openedBy(), p.authentication(), p.sourceRestricted(), p.logging(), p.logReviewed(), patched,
                p.knownBefore(), p.status(), p.note());
    }

    static ConnectionPoint disconnected(ConnectionPoint p) {
        return new ConnectionPoint(p.id(), p.caseId(), p.purpose(), p.counterpart(), p.system(), p.line(), p.device(),
                p.alwaysOn(), p.openedBy(), p.authentication(), p.sourceRestricted(), p.logging(), p.logReviewed(),
                p.lastPatchedOn(), p.knownBefore(), PointStatus.DISCONNECTED, p.note());
    }

    static List<Suggestion> run(FindingRule rule, ConnectionPoint... points) {
        return rule.apply(new RuleInput(List.of(points), Map.of(), KevLookup.NONE, TODAY));
    }
}
