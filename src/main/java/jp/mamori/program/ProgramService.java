package jp.mamori.program;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.mamori.audit.AuditLog;
import jp.mamori.program.domain.ProgramDefinition;
import jp.mamori.program.domain.ProgramValidation;
import jp.mamori.security.AccessGuard;
import jp.mamori.shared.ConflictException;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Programs: read by every signed-in user, defined and extended by the ministry only. */
@Service
public class ProgramService {

    private final ProgramRepository repository;
    private final AccessGuard guard;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ProgramService(ProgramRepository repository, AccessGuard guard, AuditLog audit, ApplicationEventPublisher events) {
        this.repository = repository;
        this.guard = guard;
        this.audit = audit;
        this.events = events;
    }

    public record Saved(Program program, boolean created) {
    }

    /** Creates or replaces a program; a stale {@code version} (someone saved in between) is refused. */
    @Transactional
    public Saved save(String id, ProgramInput input) {
        guard.requireChangeNational();
        return saveUnchecked(id, input);
    }

    @Transactional
    public Saved saveUnchecked(String id, ProgramInput input) {
        ProgramInput.Parsed parsed = input.parse(id);
        List<Problem> problems = new ArrayList<>(parsed.problems());
        problems.addAll(input.surveyTargetProblems());
        if (parsed.definition() != null) {
            problems.addAll(ProgramValidation.problems(parsed.definition()));
            String previous = parsed.definition().previousProgramId();
            if (previous != null && !previous.equals(id) && !repository.exists(previous)) {
                problems.add(Problem.field("previousProgramId", "UNKNOWN_PROGRAM", "前年度の事業「" + previous + "」は登録されていません。"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("事業を保存できません。" + problems.size() + "件の誤りを直してください（何も変更していません）。", problems);
        }
        ProgramDefinition definition = parsed.definition();
        Optional<Integer> current = repository.lockVersion(id);
        if (current.isPresent() && input.version() != null && !input.version().equals(current.get())) {
            throw new ConflictException("CONCURRENT_UPDATE",
                    "他の人が先にこの事業を更新しました。画面を開き直して、最新の内容で再度操作してください。");
        }
        Program before = current.isPresent() ? repository.find(id).orElseThrow() : null;
        repository.save(definition, current.isPresent());
        // absent keeps what is stored (the program page does not edit them); {} goes back to the defaults
        if (input.surveyTargets() != null) {
            repository.saveSurveyTargets(id, input.surveyTargets());
        }
        Program after = repository.find(id).orElseThrow();
        audit.change(before == null ? "PROGRAM_CREATED" : "PROGRAM_UPDATED", "PROGRAM", id,
                before == null ? null : ProgramInput.of(before), ProgramInput.of(after));
        events.publishEvent(new ProgramChanged(id));
        return new Saved(after, before == null);
    }

    @Transactional
    public Program setExtension(String id, PrefectureCode prefecture, LocalDate until) {
        guard.requireChangeNational();
        if (repository.lockVersion(id).isEmpty()) {
            throw new NotFoundException("事業「" + id + "」は登録されていません。");
        }
        Program before = repository.find(id).orElseThrow();
        if (until == null) {
            repository.removeExtension(id, prefecture);
        } else {
            if (until.isBefore(before.definition().submissionDeadline())) {
                throw new ValidationException(Problem.field("until", "INVALID_VALUE",
                        "延長後の期限（" + until + "）は提出期限（" + before.definition().submissionDeadline() + "）以降の日付にしてください。"));
            }
            repository.setExtension(id, prefecture, until);
        }
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("prefectureCode", prefecture.value());
        b.put("until", before.extensions().get(prefecture));
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("prefectureCode", prefecture.value());
        a.put("until", until);
        audit.change("DEADLINE_EXTENDED", "PROGRAM", id, b, a);
        return repository.find(id).orElseThrow();
    }

    public Program get(String id) {
        guard.current();
        return find(id).orElseThrow(() -> new NotFoundException("事業「" + id + "」は登録されていません。"));
    }

    public Optional<Program> find(String id) {
        return repository.find(id);
    }

    public List<Program> list() {
        guard.current();
        return repository.ids().stream().map(repository::find).flatMap(Optional::stream).toList();
    }

    /** The program of the latest fiscal year: where the menus lead. */
    public Optional<Program> newest() {
        return list().stream().findFirst();
    }

    /** Every program, for the system's own jobs (no user asks). */
    public List<Program> all() {
        return repository.ids().stream().map(repository::find).flatMap(Optional::stream).toList();
    }

    public boolean exists(String id) {
        return repository.exists(id);
    }

    /** Published after a program is saved, so selection can re-check eligibility with the new rules. */
    public record ProgramChanged(String programId) {
    }
}
