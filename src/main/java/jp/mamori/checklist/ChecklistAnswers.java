package jp.mamori.checklist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.mamori.audit.AuditLog;
import jp.mamori.checklist.domain.Answer;
import jp.mamori.checklist.domain.ChecklistAccessPolicy;
import jp.mamori.checklist.domain.ChecklistAnswerRules;
import jp.mamori.checklist.domain.ChecklistCompleteness;
import jp.mamori.checklist.domain.Choice;
import jp.mamori.checklist.domain.Edition;
import jp.mamori.checklist.domain.PreviousIdMap;
import jp.mamori.checklist.domain.RawAnswer;
import jp.mamori.checklist.domain.Respondent;
import jp.mamori.security.AccessGuard;
import jp.mamori.shared.ConflictException;
import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.JapaneseDates;
import jp.mamori.shared.NotFoundException;
import jp.mamori.survey.CaseAccess;
import jp.mamori.survey.CaseRef;
import jp.mamori.survey.domain.CaseScope;
import jp.mamori.survey.domain.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A hospital's answers to an edition, by respondent. Who reads and writes is {@link ChecklistAccessPolicy}'s; every
 * read is audited (the answers describe the hospital's defences). A PUT replaces the respondent's whole set: what is
 * stored is exactly what was sent, after the rules. The hospital's answers feed PRESURVEY; the hospital's and the
 * contractor's feed CHECKLIST_MISMATCH.
 */
@Service
public class ChecklistAnswers {

    /**
     * One respondent's answers as stored, with what the previous edition's answers suggest (only while nothing is
     * stored yet: the choice mapped through previousIds, never the dates).
     */
    public record View(Edition edition, Respondent respondent, String hospitalCode, Map<String, Answer> answers,
                       List<String> missing, Map<String, Choice> prefill, String prefillFrom) {
        public boolean complete() {
            return missing.isEmpty();
        }
    }

    private final ChecklistEditions editions;
    private final ChecklistAnswerStore store;
    private final ChecklistMismatch mismatch;
    private final CaseAccess cases;
    private final AccessGuard guard;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ChecklistAnswers(ChecklistEditions editions, ChecklistAnswerStore store, ChecklistMismatch mismatch, CaseAccess cases,
                     AccessGuard guard, AuditLog audit, Clock clock, ApplicationEventPublisher events) {
        this.editions = editions;
        this.store = store;
        this.mismatch = mismatch;
        this.cases = cases;
        this.guard = guard;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    public View get(String code, String editionId, Respondent respondent) {
        String hospital = hospital(code);
        Edition edition = editions.get(editionId);
        Optional<CaseRef> current = cases.currentCaseOfHospital(hospital);
        if (!ChecklistAccessPolicy.canRead(cases.currentViewer(), respondent, hospital, prefectureOf(hospital), scope(current))) {
            throw new AccessDeniedException("checklist " + hospital);
        }
        if ("CONTRACTOR".equals(cases.currentViewer().role())) {
            memorandumSigned(current.orElseThrow());
        }
        audit.event("CHECKLIST_ANSWERS_READ", "HOSPITAL_CHECKLIST", entityId(hospital, edition, respondent), null);
        return view(hospital, edition, respondent);
    }

    /** For the comparison page: every respondent the caller may read, each read audited. */
    public Map<Respondent, View> readable(String code, String editionId) {
        String hospital = hospital(code);
        Edition edition = editions.get(editionId);
        Optional<CaseRef> current = cases.currentCaseOfHospital(hospital);
        Viewer viewer = cases.currentViewer();
        Map<Respondent, View> out = new LinkedHashMap<>();
        for (Respondent r : Respondent.values()) {
            if (ChecklistAccessPolicy.canRead(viewer, r, hospital, prefectureOf(hospital), scope(current))
                    && (!"CONTRACTOR".equals(viewer.role()) || current.map(c -> cases.memorandumSigned(c.id())).orElse(false))) {
                audit.event("CHECKLIST_ANSWERS_READ", "HOSPITAL_CHECKLIST", entityId(hospital, edition, r), "比較表");
                out.put(r, view(hospital, edition, r));
            }
        }
        if (out.isEmpty()) {
            throw new AccessDeniedException("checklist " + hospital);
        }
        return out;
    }

    /**
     * No access check: for the report, after readConfidential (the caller checked and audited the read). The hospital's
     * and the contractor's answers to one edition, in that order, each even when nothing is stored (no answers).
     */
    public Map<Respondent, View> forReport(String code, String editionId) {
        String hospital = hospital(code);
        Edition edition = editions.get(editionId);
        Map<Respondent, View> out = new LinkedHashMap<>();
        for (Respondent r : List.of(Respondent.HOSPITAL, Respondent.CONTRACTOR)) {
            out.put(r, view(hospital, edition, r));
        }
        return out;
    }

    /**
     * The vendor version for one system vendor, pre-filled with the hospital and that vendor's systems from the
     * questionnaire of its current case: for those who may read the hospital's own answers (the systems are survey data).
     */
    public byte[] vendorForm(String code, String editionId, String vendor) {
        String hospital = hospital(code);
        Edition edition = editions.get(editionId);
        Optional<CaseRef> current = cases.currentCaseOfHospital(hospital);
        Viewer viewer = cases.currentViewer();
        if (!ChecklistAccessPolicy.canRead(viewer, Respondent.HOSPITAL, hospital, prefectureOf(hospital), scope(current))) {
            throw new AccessDeniedException("checklist " + hospital);
        }
        if ("CONTRACTOR".equals(viewer.role())) {
            memorandumSigned(current.orElseThrow());
        }
        String name = vendor == null ? "" : vendor.strip();
        if (name.isEmpty()) {
            throw new jp.mamori.shared.ValidationException(jp.mamori.shared.Problem.field("vendor", "MISSING_VALUE",
                    "事業者名を vendor に指定してください（事前質問票のシステムのベンダー名）。"));
        }
        String folded = fold(name);
        List<String> systems = current.map(c -> cases.systems(c.id())).orElse(List.of()).stream()
                .filter(s -> s.vendor() != null && fold(s.vendor()).equals(folded)).map(s -> s.name()).toList();
        audit.event("CHECKLIST_VENDOR_FORM_EXPORTED", "HOSPITAL_CHECKLIST", hospital + "/" + edition.id(), name);
        return jp.mamori.checklist.sheet.VendorForm.write(edition, hospital, name, systems);
    }

    /** The returned vendor forms of the hospital's current case for this edition, read from its VENDOR_CHECKLIST documents. */
    public List<jp.mamori.checklist.sheet.VendorForm.Returned> vendorAnswers(String code, String editionId) {
        String hospital = hospital(code);
        Optional<CaseRef> current = cases.currentCaseOfHospital(hospital);
        if (current.isEmpty() || !cases.memorandumSigned(current.get().id())) {
            return List.of();
        }
        try {
            return cases.vendorChecklists(current.get().id()).stream()
                    .map(f -> jp.mamori.checklist.sheet.VendorForm.read(f.content()))
                    .flatMap(Optional::stream).filter(r -> r.edition().equals(editionId)).toList();
        } catch (AccessDeniedException e) {
            return List.of();
        }
    }

    private static String fold(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).strip().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean mayWrite(String code, Respondent respondent) {
        String hospital = hospital(code);
        return ChecklistAccessPolicy.canWrite(cases.currentViewer(), respondent, hospital, prefectureOf(hospital),
                scope(cases.currentCaseOfHospital(hospital)));
    }

    /**
     * The hospital's own answers stored without an access check, as the system: for start-up work only (the demo's
     * hospitals have no accounts of their own), never from a request. The rules, the audit row and what follows
     * (PRESURVEY, CHECKLIST_MISMATCH) are the same as for {@link #put}.
     */
    @Transactional
    public View putHospitalAnswersAtStart(String code, String editionId, Map<String, RawAnswer> given) {
        return store(hospital(code), editions.get(editionId), Respondent.HOSPITAL, given, jp.mamori.audit.AuditLog.SYSTEM);
    }

    /** The edition the hospital's checklist is answered to in a fiscal year (its PRESURVEY asks this one). */
    public Optional<Edition> hospitalEditionOf(int fiscalYear) {
        return editions.inForce(jp.mamori.checklist.domain.EditionKind.CHECKLIST, fiscalYear);
    }

    /** The editions a fiscal year's hospitals answer: the checklist and the BCP table in force then (either may be absent). */
    public List<Edition> editionsInForce(int fiscalYear) {
        List<Edition> out = new java.util.ArrayList<>();
        for (jp.mamori.checklist.domain.EditionKind kind : jp.mamori.checklist.domain.EditionKind.values()) {
            editions.inForce(kind, fiscalYear).ifPresent(out::add);
        }
        return out;
    }

    /**
     * Every respondent's stored answers to one edition for many hospitals, by hospital code then respondent, in one read.
     * No access check: for the national figures, which publish only aggregates.
     */
    public Map<String, Map<Respondent, Map<String, Answer>>> answersOf(java.util.Collection<String> hospitalCodes, String editionId) {
        Map<String, Map<Respondent, Map<String, Answer>>> out = new LinkedHashMap<>();
        for (ChecklistAnswerStore.Row r : store.answersOf(hospitalCodes, editionId)) {
            out.computeIfAbsent(r.hospitalCode(), k -> new java.util.EnumMap<>(Respondent.class)).put(r.respondent(), r.answers());
        }
        return out;
    }

    @Transactional
    public View put(String code, String editionId, Respondent respondent, Map<String, RawAnswer> given) {
        String hospital = hospital(code);
        Edition edition = editions.get(editionId);
        Optional<CaseRef> current = cases.currentCaseOfHospital(hospital);
        if (!ChecklistAccessPolicy.canWrite(cases.currentViewer(), respondent, hospital, prefectureOf(hospital), scope(current))) {
            throw new AccessDeniedException("checklist " + hospital);
        }
        if (respondent == Respondent.CONTRACTOR) {
            CaseRef c = current.orElseThrow();
            if (c.withdrawn()) {
                throw new ConflictException("CASE_WITHDRAWN", "この病院は辞退したため、調査は終了しています。チェックリストは変更できません。");
            }
            memorandumSigned(c);
        }
        return store(hospital, edition, respondent, given, guard.current().username());
    }

    private View store(String hospital, Edition edition, Respondent respondent, Map<String, RawAnswer> given, String by) {
        LocalDate today = LocalDate.now(clock.withZone(JapaneseDates.TOKYO));
        Map<String, Answer> answers = ChecklistAnswerRules.normalise(edition, given, today);
        List<String> missing = ChecklistCompleteness.missing(edition, answers);
        Map<String, Answer> before = store.answers(hospital, edition.id(), respondent);
        store.save(hospital, edition.id(), respondent, answers, missing.isEmpty(), by, clock.instant());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("edition", edition.id());
        summary.put("respondent", respondent.name());
        summary.put("items", answers.size());
        summary.put("complete", missing.isEmpty());
        // the answers are confidential: the trail says what was answered, not how
        audit.change("CHECKLIST_ANSWERED", "HOSPITAL_CHECKLIST", entityId(hospital, edition, respondent),
                Map.of("items", before.size()), summary);
        if (respondent == Respondent.HOSPITAL) {
            events.publishEvent(new HospitalChecklistAnswered(hospital, edition.id(), missing.isEmpty()));
            cases.hospitalChecklistAnswered(hospital, by);
        } else {
            events.publishEvent(new ChecklistAnswered(hospital, edition.id(), respondent));
        }
        if (respondent != Respondent.PREFECTURE) {
            mismatch.refresh(hospital);
        }
        return view(hospital, edition, respondent);
    }

    private View view(String hospital, Edition edition, Respondent respondent) {
        Optional<ChecklistAnswerStore.Stored> stored = store.find(hospital, edition.id(), respondent);
        Map<String, Answer> answers = stored.map(s -> ChecklistAnswerRules.ordered(edition, s.answers())).orElse(Map.of());
        Map<String, Choice> prefill = Map.of();
        String from = null;
        if (stored.isEmpty()) {
            Optional<Edition> previous = editions.previous(edition);
            if (previous.isPresent()) {
                Map<String, Answer> last = store.answers(hospital, previous.get().id(), respondent);
                if (!last.isEmpty()) {
                    prefill = PreviousIdMap.prefill(edition, last);
                    from = previous.get().id();
                }
            }
        }
        return new View(edition, respondent, hospital, answers, ChecklistCompleteness.missing(edition, answers), prefill, from);
    }

    private void memorandumSigned(CaseRef c) {
        if (!cases.memorandumSigned(c.id())) {
            throw new ConflictException("MEMORANDUM_PENDING",
                    "秘密保持の覚書の手続きが済んでいないため、事業者のチェックリストはまだ扱えません。覚書の締結後に操作してください。");
        }
    }

    private CaseScope scope(Optional<CaseRef> current) {
        return current.map(c -> cases.scopeOf(c.id())).orElse(null);
    }

    static String entityId(String hospital, Edition edition, Respondent respondent) {
        return hospital + "/" + edition.id() + "/" + respondent.name();
    }

    private static String prefectureOf(String hospital) {
        return HospitalCode.parse(hospital).prefecture().value();
    }

    private static String hospital(String code) {
        return HospitalCode.tryParse(code).map(HospitalCode::value)
                .orElseThrow(() -> new NotFoundException("医療機関コード「" + code + "」の形式が正しくありません（10桁の数字です）。"));
    }
}
