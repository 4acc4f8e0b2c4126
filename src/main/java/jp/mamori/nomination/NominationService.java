package jp.mamori.nomination;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import jp.mamori.audit.AuditLog;
import jp.mamori.nomination.form.FormColumn;
import jp.mamori.nomination.form.FormEntry;
import jp.mamori.nomination.form.FormHeader;
import jp.mamori.nomination.form.FormLimits;
import jp.mamori.nomination.form.FormMessages;
import jp.mamori.nomination.form.FormProblem;
import jp.mamori.nomination.form.FormReader;
import jp.mamori.nomination.form.FormResult;
import jp.mamori.nomination.form.FormStamp;
import jp.mamori.nomination.form.FormWriter;
import jp.mamori.nomination.form.NominationRow;
import jp.mamori.program.Program;
import jp.mamori.program.ProgramService;
import jp.mamori.registry.Registry;
import jp.mamori.security.AccessGuard;
import jp.mamori.security.Actor;
import jp.mamori.shared.ConflictException;
import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.PayloadTooLargeException;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The prefectures' lists: the Excel form out and in, page edits as drafts, submission by the deadline.
 * Every change of a list is all or nothing and serialized per list.
 */
@Service
public class NominationService {

    private final NominationRepository repository;
    private final ProgramService programs;
    private final Registry registry;
    private final AccessGuard guard;
    private final AuditLog audit;
    private final SelectedHospitals selected;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final FormReader reader;
    private final FormWriter writer = new FormWriter();

    NominationService(NominationRepository repository, ProgramService programs, Registry registry, AccessGuard guard,
                      AuditLog audit, SelectedHospitals selected, ApplicationEventPublisher events, Clock clock,
                      RegistryLookupAdapter lookup) {
        this.repository = repository;
        this.programs = programs;
        this.registry = registry;
        this.guard = guard;
        this.audit = audit;
        this.selected = selected;
        this.events = events;
        this.clock = clock;
        this.reader = new FormReader(lookup);
    }

    public record Accepted(int accepted, List<FormProblem> warnings) {
    }

    /** The pre-filled form: the current list, choice lists, and the prefecture's registry hospitals. */
    public byte[] form(String programId, PrefectureCode prefecture) {
        guard.requireReadPrefecture(prefecture);
        Program program = programs.get(programId);
        int version = repository.list(programId, prefecture).map(NominationList::version).orElse(FormStamp.NO_LIST);
        FormHeader header = new FormHeader(program.name(), prefecture, registry.prefecture(prefecture).nameJa(),
                program.window().lastDay(prefecture), new FormStamp(FormStamp.listKey(programId, prefecture.value()), version));
        List<NominationRow> rows = repository.nominations(programId, prefecture).stream().map(Nomination::row).toList();
        return writer.write(header, rows, registry.hospitalsIn(prefecture).stream().map(RegistryLookupAdapter::of).toList());
    }

    /** An uploaded form replaces the list and submits it, or nothing changes. */
    @Transactional
    public Accepted upload(String programId, PrefectureCode prefecture, byte[] file, String fileName, String source) {
        Actor actor = guard.requireChangePrefecture(prefecture);
        Program program = openProgram(programId, prefecture);
        if (file.length > FormLimits.MAX_FILE_BYTES) {
            throw new PayloadTooLargeException(FormMessages.fileTooLarge(FormLimits.MAX_FILE_BYTES));
        }
        repository.lock(programId, prefecture);
        FormResult result = reader.read(file, prefecture, selected.selected(programId, prefecture));
        refuseIfStale(programId, prefecture, result.stamp());
        refuseIfErrors(result, "アップロードしたファイル");
        List<Nomination> before = repository.nominations(programId, prefecture);
        store(program, prefecture, result, NominationList.Status.SUBMITTED, source, storedFileName(fileName), actor, before);
        return new Accepted(result.rows().size(), result.warnings());
    }

    /** nomination_list.file_name holds 255 characters; a longer name is kept by its start and its extension. */
    static String storedFileName(String fileName) {
        if (fileName == null) {
            return null;
        }
        String name = fileName.codePoints().filter(cp -> jp.mamori.shared.TextRules.forbiddenReason(cp, false) == null)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (name.codePointCount(0, name.length()) <= MAX_FILE_NAME) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        String stem = ext.isEmpty() ? name : name.substring(0, dot);
        int keep = MAX_FILE_NAME - 1 - ext.codePointCount(0, ext.length());
        return stem.substring(0, stem.offsetByCodePoints(0, keep)) + "…" + ext;
    }

    static final int MAX_FILE_NAME = 255;

    /** Saves a list edited on the page as a draft (same checks as the form); selection still uses the last submission. */
    @Transactional
    public Accepted saveDraft(String programId, PrefectureCode prefecture, List<Map<FormColumn, String>> entries, int version) {
        Actor actor = guard.requireChangePrefecture(prefecture);
        Program program = openProgram(programId, prefecture);
        repository.lock(programId, prefecture);
        checkVersion(programId, prefecture, version);
        FormResult result = reader.readEntries(entries, prefecture, selected.selected(programId, prefecture));
        refuseIfErrors(result, "入力内容");
        List<Nomination> before = repository.nominations(programId, prefecture);
        store(program, prefecture, result, NominationList.Status.DRAFT, "PAGE", null, actor, before);
        return new Accepted(result.rows().size(), result.warnings());
    }

    /** Submits the list as it stands (after page edits), checking it once more. */
    @Transactional
    public Accepted submit(String programId, PrefectureCode prefecture, int version) {
        Actor actor = guard.requireChangePrefecture(prefecture);
        Program program = openProgram(programId, prefecture);
        repository.lock(programId, prefecture);
        checkVersion(programId, prefecture, version);
        List<Nomination> current = repository.nominations(programId, prefecture);
        FormResult result = reader.readEntries(current.stream().map(n -> FormEntry.of(n.row())).toList(), prefecture,
                selected.selected(programId, prefecture));
        refuseIfErrors(result, "現在のリスト");
        store(program, prefecture, result, NominationList.Status.SUBMITTED, "PAGE", null, actor, current);
        return new Accepted(result.rows().size(), result.warnings());
    }

    /**
     * Appends a hospital the prefecture (or the ministry) designated directly. Not bound by the submission
     * deadline: designation is how a prefecture short of its quota fills it afterwards.
     */
    @Transactional
    public Nomination appendDesignated(String programId, PrefectureCode prefecture, NominationRow row) {
        Actor actor = guard.requireChangePrefecture(prefecture);
        programs.get(programId);
        repository.lock(programId, prefecture);
        List<Nomination> current = repository.nominations(programId, prefecture);
        if (current.stream().anyMatch(n -> n.hospital().equals(row.hospitalCode()))) {
            throw new ValidationException(Problem.field("hospitalCode", "ALREADY_NOMINATED",
                    "医療機関コード " + row.hospitalCode() + " の病院は既にこの都道府県のリストにあります。"));
        }
        int rank = current.stream().mapToInt(Nomination::rank).max().orElse(0) + 1;
        NominationRow appended = new NominationRow(rank, row.hospitalCode(), row.hospitalName(), row.beds(), row.emr(),
                row.emrPlannedDate(), row.renewalPlanned(), row.onsiteExpectedBy(), row.previousYear(), row.support(),
                row.consent(), row.rankReason(), row.contacts(), row.note(), 0);
        List<NominationRow> rows = new ArrayList<>(current.stream().map(Nomination::row).toList());
        rows.add(appended);
        Map<HospitalCode, NominationOrigin> origins = origins(current);
        origins.put(appended.hospitalCode(), NominationOrigin.DESIGNATED);
        boolean draft = repository.list(programId, prefecture).map(l -> l.status() == NominationList.Status.DRAFT).orElse(false);
        repository.saveList(programId, prefecture, draft ? NominationList.Status.DRAFT : NominationList.Status.SUBMITTED,
                "DESIGNATION", null, actor.username(), clock.instant());
        repository.replaceRows(programId, prefecture, rows, origins);
        Nomination added = new Nomination(programId, prefecture, appended, NominationOrigin.DESIGNATED);
        audit.change("HOSPITAL_DESIGNATED", "NOMINATION", programId + "/" + appended.hospitalCode(), null, NominationView.of(added));
        return added;
    }

    /** One entry checked exactly as a row of the form would be (used for designations). */
    public NominationRow checkEntry(PrefectureCode prefecture, Map<FormColumn, String> entry) {
        FormResult result = reader.readEntries(List.of(entry), prefecture, Set.of());
        if (result.hasErrors()) {
            List<Problem> problems = result.errors().stream()
                    .map(p -> new Problem(null, p.column(), p.code(), p.message().replaceFirst("^1行目", "").replaceFirst("^: ", "")))
                    .toList();
            throw new ValidationException("入力内容に" + problems.size() + "件の誤りがあります。", problems);
        }
        return result.rows().get(0);
    }

    /** The hospitals of a program that renew their systems this year: the one column survey lists need of every row. */
    public java.util.Set<HospitalCode> renewing(String programId) {
        return repository.renewing(programId);
    }

    /** The stored rows of these hospitals, for messages the system sends on its own (no user asks). */
    public Map<HospitalCode, Nomination> nominationsOf(String programId, java.util.Collection<HospitalCode> hospitals) {
        Map<HospitalCode, Nomination> out = new LinkedHashMap<>();
        repository.nominations(programId, hospitals).forEach(n -> out.put(n.hospital(), n));
        return out;
    }

    public List<Nomination> nominations(String programId, PrefectureCode prefecture) {
        guard.requireReadPrefecture(prefecture);
        programs.get(programId);
        return repository.nominations(programId, prefecture);
    }

    public Optional<NominationList> list(String programId, PrefectureCode prefecture) {
        guard.requireReadPrefecture(prefecture);
        return repository.list(programId, prefecture);
    }

    public List<FormProblem> warnings(String programId, PrefectureCode prefecture) {
        guard.requireReadPrefecture(prefecture);
        return repository.warnings(programId, prefecture);
    }

    public record PrefectureSubmission(PrefectureCode prefecture, SubmissionState state, int nominations,
                                       NominationList list, java.time.LocalDate lastDay) {
    }

    /** 未着手 / 下書き / 提出済み / 期限超過 for every prefecture. */
    public List<PrefectureSubmission> submissions(String programId) {
        guard.requireReadNational();
        return submissionsUnchecked(programId);
    }

    public List<PrefectureSubmission> submissionsUnchecked(String programId) {
        Program program = programs.find(programId).orElseThrow(() -> new NotFoundException("事業「" + programId + "」は登録されていません。"));
        Map<PrefectureCode, NominationList> lists = new TreeMap<>();
        repository.lists(programId).forEach(l -> lists.put(l.prefecture(), l));
        Map<PrefectureCode, Integer> counts = repository.counts(programId);
        Instant now = clock.instant();
        List<PrefectureSubmission> out = new ArrayList<>();
        registry.prefectures().forEach(p -> {
            NominationList l = lists.get(p.code());
            out.add(new PrefectureSubmission(p.code(), state(program, p.code(), l, now), counts.getOrDefault(p.code(), 0), l,
                    program.window().lastDay(p.code())));
        });
        return out;
    }

    static SubmissionState state(Program program, PrefectureCode prefecture, NominationList list, Instant now) {
        if (list != null && list.status() == NominationList.Status.SUBMITTED) {
            return SubmissionState.SUBMITTED;
        }
        if (!program.window().isOpen(prefecture, now)) {
            return SubmissionState.LATE;
        }
        return list == null ? SubmissionState.NOT_STARTED : SubmissionState.DRAFT;
    }

    /** The form's texts of the current rows, for the edit pages. */
    public List<Map<FormColumn, String>> entries(String programId, PrefectureCode prefecture) {
        return nominations(programId, prefecture).stream().map(n -> FormEntry.of(n.row())).toList();
    }

    public static Map<FormColumn, String> blankEntry(int rank) {
        Map<FormColumn, String> e = new EnumMap<>(FormColumn.class);
        for (FormColumn c : FormColumn.values()) {
            e.put(c, "");
        }
        e.put(FormColumn.RANK, String.valueOf(rank));
        return e;
    }

    private Program openProgram(String programId, PrefectureCode prefecture) {
        Program program = programs.get(programId);
        if (!program.window().isOpen(prefecture, clock.instant())) {
            throw new ConflictException("DEADLINE_PASSED", FormMessages.deadlinePassed(program.window().lastDay(prefecture)));
        }
        return program;
    }

    private void checkVersion(String programId, PrefectureCode prefecture, int version) {
        int current = repository.list(programId, prefecture).map(NominationList::version).orElse(0);
        if (current != version) {
            throw new ConflictException("CONCURRENT_UPDATE",
                    "他の人が先にこのリストを更新しました。画面を開き直して、最新のリストで再度操作してください（今回の変更は保存していません）。");
        }
    }

    /**
     * A form exported from an older version of this list would silently undo what was stored since
     * (two people uploading at once): refused, naming the latest change. Checked under the list's lock.
     */
    private void refuseIfStale(String programId, PrefectureCode prefecture, FormStamp stamp) {
        if (stamp == null || !stamp.list().equals(FormStamp.listKey(programId, prefecture.value()))) {
            return;
        }
        repository.list(programId, prefecture)
                .filter(list -> stamp.version() < list.version())
                .ifPresent(list -> {
                    throw new ConflictException("STALE_FORM", FormMessages.staleForm(list.updatedBy(),
                            list.updatedAt().atZone(jp.mamori.shared.JapaneseDates.TOKYO).toLocalDateTime()));
                });
    }

    private static void refuseIfErrors(FormResult result, String what) {
        if (result.hasErrors()) {
            List<Problem> problems = result.errors().stream()
                    .map(p -> new Problem(p.row(), p.column(), p.code(), p.message())).toList();
            throw new ValidationException(what + "に" + problems.size()
                    + "件の誤りがあります。すべて直してから、もう一度お試しください（リストは変更していません）。", problems);
        }
    }

    private void store(Program program, PrefectureCode prefecture, FormResult result, NominationList.Status status,
                       String source, String fileName, Actor actor, List<Nomination> before) {
        String programId = program.id();
        repository.saveList(programId, prefecture, status, source, fileName, actor.username(), clock.instant());
        repository.replaceRows(programId, prefecture, result.rows(), origins(before));
        repository.replaceWarnings(programId, prefecture, result.warnings());
        List<Nomination> after = repository.nominations(programId, prefecture);
        audit.change(status == NominationList.Status.SUBMITTED ? "NOMINATIONS_SUBMITTED" : "NOMINATIONS_DRAFT_SAVED",
                "NOMINATION_LIST", programId + "/" + prefecture, summary(before), summary(after));
        if (status == NominationList.Status.SUBMITTED) {
            events.publishEvent(new NominationsSubmitted(programId, prefecture, after, actor.username()));
        }
    }

    private static Map<HospitalCode, NominationOrigin> origins(List<Nomination> nominations) {
        Map<HospitalCode, NominationOrigin> origins = new LinkedHashMap<>();
        nominations.forEach(n -> origins.put(n.hospital(), n.origin()));
        return origins;
    }

    private static List<NominationView> summary(List<Nomination> nominations) {
        return nominations.stream().map(NominationView::of).toList();
    }

}
