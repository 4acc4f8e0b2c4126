package jp.mamori.inventory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jp.mamori.inventory.domain.ConnectionPoint;
import jp.mamori.inventory.domain.FindingRule;
import jp.mamori.inventory.domain.KevLookup;
import jp.mamori.inventory.domain.InventoryRules;
import jp.mamori.inventory.domain.KevMatchRule;
import jp.mamori.inventory.domain.RuleInput;
import jp.mamori.shared.JapaneseDates;
import jp.mamori.survey.CaseAccess;
import jp.mamori.survey.CaseRef;
import jp.mamori.survey.QuestionnaireAnswered;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the inventory's rules on a case whenever what they read changes (the inventory, the questionnaire), in the
 * change's own transaction so a failing rule rolls the change back; and every open case's KEV_MATCH again when a
 * newer KEV catalogue is in place, telling the case's organization of what it raised.
 */
@Service
class FindingEngine implements KevRematch {

    private final ConnectionInventory inventory;
    private final FindingSuggestions suggestions;
    private final CaseAccess access;
    private final CurrentKev kev;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final List<FindingRule> rules = InventoryRules.all();

    FindingEngine(ConnectionInventory inventory, FindingSuggestions suggestions, CaseAccess access, CurrentKev kev,
                  ApplicationEventPublisher events, Clock clock) {
        this.inventory = inventory;
        this.suggestions = suggestions;
        this.access = access;
        this.kev = kev;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(InventoryChanged e) {
        run(e.caseId());
    }

    @EventListener
    void on(QuestionnaireAnswered e) {
        run(e.caseId());
    }

    /** @return how many new suggestions every rule raised together */
    @Transactional
    int run(long caseId) {
        RuleInput input = input(caseId);
        int raised = 0;
        for (FindingRule rule : rules) {
            raised += suggestions.raise(caseId, rule.id(), rule.apply(input));
        }
        return raised;
    }

    @Override
    @Transactional
    public int rematchOpenCases() {
        KevMatchRule rule = new KevMatchRule();
        List<CaseRef> open = access.openCases();
        List<Long> ids = open.stream().map(CaseRef::id).toList();
        // every case's points and live KEV findings in a few reads, not a few per case
        Map<Long, List<ConnectionPoint>> points = inventory.ofCases(ids);
        Map<Long, List<FindingStore.Raised>> existing = suggestions.raisedBy(ids, rule.id());
        KevLookup lookup = kev.lookup();
        LocalDate today = LocalDate.now(clock.withZone(JapaneseDates.TOKYO));
        int total = 0;
        for (CaseRef c : open) {
            List<ConnectionPoint> ofCase = points.getOrDefault(c.id(), List.of());
            if (ofCase.isEmpty() && !existing.containsKey(c.id())) {
                continue; // nothing to match and nothing to withdraw
            }
            // KEV_MATCH reads only the points, so the questionnaire is not read here
            RuleInput input = new RuleInput(ofCase, Map.of(), lookup, today);
            List<Long> raised = suggestions.raiseIds(c.id(), rule.id(), rule.apply(input), existing.getOrDefault(c.id(), List.of()));
            total += raised.size();
            if (!raised.isEmpty() && c.organizationId() != null) {
                events.publishEvent(new KevSuggestionsRaised(c.id(), c.programId(), c.hospitalCode(), c.organizationId(),
                        raised.size(), raised.get(0)));
            }
        }
        return total;
    }

    private RuleInput input(long caseId) {
        return new RuleInput(inventory.of(caseId), access.answers(caseId), kev.lookup(),
                LocalDate.now(clock.withZone(JapaneseDates.TOKYO)));
    }
}
