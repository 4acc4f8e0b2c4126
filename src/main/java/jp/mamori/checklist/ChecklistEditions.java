package jp.mamori.checklist;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.mamori.audit.AuditLog;
import jp.mamori.checklist.domain.Edition;
import jp.mamori.checklist.domain.EditionKind;
import jp.mamori.checklist.domain.EditionRules;
import jp.mamori.checklist.sheet.EditionSheetReader;
import jp.mamori.checklist.sheet.EditionSheetWriter;
import jp.mamori.security.AccessGuard;
import jp.mamori.security.Actor;
import jp.mamori.security.Role;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editions: reference data any signed-in user reads; the ministry loads a new or corrected one from the sheet
 * it exported (all or nothing). Answers are keyed by item id, so they stay attached to a corrected edition.
 */
@Service
public class ChecklistEditions {

    /** What a load did: the edition now stored, and whether anything in it changed. */
    public record Loaded(Edition edition, boolean changed, boolean created) {
    }

    private final ChecklistEditionStore store;
    private final AccessGuard guard;
    private final AuditLog audit;
    private final Clock clock;

    ChecklistEditions(ChecklistEditionStore store, AccessGuard guard, AuditLog audit, Clock clock) {
        this.store = store;
        this.guard = guard;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Edition> all() {
        return store.all();
    }

    public Edition get(String id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("チェックリストの版「" + id
                + "」はありません。GET /api/v1/checklists で一覧を確認してください。"));
    }

    public Optional<Edition> find(String id) {
        return store.find(id);
    }

    /** The edition in force in a fiscal year: the latest of that kind published for it or before. */
    public Optional<Edition> inForce(EditionKind kind, int fiscalYear) {
        return store.all().stream().filter(e -> e.kind() == kind && e.fiscalYear() <= fiscalYear)
                .max(Comparator.comparingInt(Edition::fiscalYear).thenComparing(Edition::id));
    }

    /** The edition before this one (same kind, the latest earlier fiscal year): where previousIds point. */
    public Optional<Edition> previous(Edition e) {
        return store.all().stream().filter(p -> p.kind() == e.kind() && p.fiscalYear() < e.fiscalYear())
                .max(Comparator.comparingInt(Edition::fiscalYear).thenComparing(Edition::id));
    }

    public byte[] export(String id) {
        return EditionSheetWriter.write(get(id));
    }

    /** The ministry's load: every problem of the sheet at once (422), or the edition replaced whole. */
    @Transactional
    public Loaded load(byte[] file) {
        Actor actor = guard.requireRole(Role.MHLW_ADMIN);
        EditionSheetReader.Result read = new EditionSheetReader().read(file);
        if (!read.ok()) {
            throw new ValidationException("チェックリストの様式に誤りがあります。", read.problems());
        }
        Edition e = read.edition();
        List<Problem> problems = EditionRules.check(e, read.rows(), previous(e).orElse(null));
        if (!problems.isEmpty()) {
            throw new ValidationException("チェックリストの様式に誤りがあります。", problems);
        }
        Optional<Edition> before = store.find(e.id());
        if (before.isPresent() && before.get().equals(e)) {
            return new Loaded(e, false, false);
        }
        store.save(e, actor.username(), clock.instant());
        Map<String, Object> after = new LinkedHashMap<>(EditionJson.summary(e));
        audit.change("CHECKLIST_EDITION_LOADED", "CHECKLIST_EDITION", e.id(),
                before.map(EditionJson::summary).orElse(null), after);
        return new Loaded(e, true, before.isEmpty());
    }

    /** Shipped editions on every start: added when absent, never over the ministry's loaded correction. */
    @Transactional
    public int loadShipped(List<Edition> shipped) {
        int added = 0;
        for (Edition e : shipped) {
            if (store.insertIfAbsent(e, AuditLog.SYSTEM, clock.instant())) {
                added++;
            }
        }
        return added;
    }
}
