package jp.mamori.inventory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jp.mamori.audit.AuditLog;
import jp.mamori.inventory.domain.FindingState;
import jp.mamori.inventory.domain.Suggestion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises or withdraws the suggestions of one rule for one case; the inventory's own rules and other modules'
 * (CHECKLIST_MISMATCH, BACKUP_REACHABLE) all go through here, with no access check (the system's own work).
 *
 * <p>Given the rule's suggestions now: one whose basis (rule, point, and what the rule read, compared as canonical
 * JSON) matches a live finding of the rule in any state raises nothing, so a dismissed suggestion is not raised
 * again and an open one is not duplicated; any other raises a new {@code SUGGESTED} finding. A {@code SUGGESTED}
 * finding whose basis is no longer among them is withdrawn: its row stays, marked withdrawn and no longer shown,
 * with a WITHDRAWN history entry. OPEN, ACCEPTED, FIXED and DISMISSED findings are never touched here.
 */
@Service
public class FindingSuggestions {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    private final FindingStore store;
    private final AuditLog audit;
    private final Clock clock;

    FindingSuggestions(FindingStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** @return how many new suggestions were raised */
    @Transactional
    public int raise(long caseId, String rule, List<Suggestion> suggestions) {
        return raiseIds(caseId, rule, suggestions).size();
    }

    /** The ids of the suggestions newly raised, lowest first. */
    @Transactional
    List<Long> raiseIds(long caseId, String rule, List<Suggestion> suggestions) {
        Objects.requireNonNull(rule, "rule");
        return raiseIds(caseId, rule, suggestions, store.raisedBy(caseId, rule));
    }

    /** The live findings of a rule for many cases, read at once, for {@link #raiseIds(long, String, List, List)}. */
    Map<Long, List<FindingStore.Raised>> raisedBy(java.util.Collection<Long> caseIds, String rule) {
        return store.raisedBy(caseIds, rule);
    }

    /** As {@link #raiseIds(long, String, List)}, given the case's live findings of the rule as read in this transaction. */
    @Transactional
    List<Long> raiseIds(long caseId, String rule, List<Suggestion> suggestions, List<FindingStore.Raised> existing) {
        Set<String> present = new HashSet<>();
        existing.forEach(f -> present.add(key(f.connectionId(), f.basis())));
        Set<String> wanted = new HashSet<>();
        List<Long> raised = new ArrayList<>();
        var now = clock.instant();
        for (Suggestion s : suggestions) {
            if (!rule.equals(s.rule())) {
                throw new IllegalArgumentException("suggestion of rule " + s.rule() + " raised as " + rule);
            }
            String basis = canonical(s.basis());
            String key = key(s.connectionId(), basis);
            if (!wanted.add(key) || present.contains(key)) {
                continue;
            }
            long id = store.insert(caseId, s.connectionId(), rule, s.severity(), s.title(), s.description(), s.recommendation(),
                    s.reference(), FindingState.SUGGESTED, s.evidence(), basis, AuditLog.SYSTEM, now);
            store.history(id, AuditLog.SYSTEM, now, null, FindingState.SUGGESTED.name(), null, null);
            raised.add(id);
        }
        List<Long> withdrawn = new ArrayList<>();
        for (FindingStore.Raised f : existing) {
            if (f.state() == FindingState.SUGGESTED && !wanted.contains(key(f.connectionId(), f.basis()))) {
                store.withdraw(f.id(), now);
                store.history(f.id(), AuditLog.SYSTEM, now, FindingState.SUGGESTED.name(), "WITHDRAWN", "原因がなくなったため取り下げ", null);
                withdrawn.add(f.id());
            }
        }
        if (!raised.isEmpty() || !withdrawn.isEmpty()) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("rule", rule);
            after.put("raised", raised);
            after.put("withdrawn", withdrawn);
            audit.change("INVENTORY_FINDINGS_SUGGESTED", "SURVEY_CASE", String.valueOf(caseId), null, after);
        }
        return raised;
    }

    private static String key(Long connectionId, String basis) {
        return connectionId + "|" + basis;
    }

    /** Keys sorted at every level, so the same values read give the same text whatever order a rule put them in. */
    static String canonical(Map<String, Object> basis) {
        try {
            return CANONICAL.writeValueAsString(basis);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("evidence must be plain JSON values", e);
        }
    }
}
