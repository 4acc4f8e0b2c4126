package jp.mamori.registry;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.mamori.audit.AuditLog;
import jp.mamori.security.AccessGuard;
import jp.mamori.security.Actor;
import jp.mamori.security.Role;
import jp.mamori.shared.Csv;
import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.NotFoundException;
import jp.mamori.shared.Problem;
import jp.mamori.shared.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registry use cases with their access checks: import, search, a hospital, the ministry's flags. */
@Service
public class RegistryService {

    public static final Charset SHIFT_JIS = Charset.forName("Windows-31J");

    private final RegistryRepository repository;
    private final AccessGuard guard;
    private final AuditLog audit;

    RegistryService(RegistryRepository repository, AccessGuard guard, AuditLog audit) {
        this.repository = repository;
        this.guard = guard;
        this.audit = audit;
    }

    public record ImportResult(int created, int updated, int unchanged, List<Problem> warnings) {
    }

    /** Decodes strictly: a Shift_JIS file read as UTF-8 is refused with the line, not silently garbled. */
    public static String decode(byte[] bytes, Charset charset) {
        return jp.mamori.shared.Csv.decode(bytes, charset);
    }

    /** For uploads from the page: UTF-8 when the bytes are valid UTF-8, else Shift_JIS (Excel's default). */
    public static Charset detect(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return SHIFT_JIS;
        }
    }

    @Transactional
    public ImportResult importCsv(byte[] bytes, Charset charset) {
        guard.requireRole(Role.MHLW_ADMIN);
        return importParsed(HospitalCsvParser.parse(Csv.read(bytes, charset, HospitalCsvParser.MAX_LINES)), "csv");
    }

    /** Demo start-up and tests, with nobody logged in. */
    @Transactional
    public ImportResult importUnchecked(String text, String source) {
        return importParsed(HospitalCsvParser.parse(text), source);
    }

    private ImportResult importParsed(HospitalCsvParser.Result parsed, String source) {
        if (!parsed.errors().isEmpty()) {
            throw new ValidationException("取り込めませんでした。" + parsed.errors().size()
                    + "件の誤りを直してから、もう一度ファイル全体を取り込んでください（何も登録していません）。", parsed.errors());
        }
        if (parsed.hospitals().isEmpty()) {
            throw new ValidationException(Problem.of("EMPTY_FILE", "取り込む病院の行がありません。"));
        }
        repository.lockForImport();
        Map<HospitalCode, Hospital> existing = new LinkedHashMap<>();
        for (List<Hospital> chunk : chunks(parsed.hospitals(), 5000)) {
            repository.findAll(chunk.stream().map(Hospital::code).toList()).forEach(h -> existing.put(h.code(), h));
        }
        List<Hospital> changed = new ArrayList<>();
        List<Map<String, Object>> changes = new ArrayList<>();
        int created = 0;
        int updated = 0;
        for (Hospital h : parsed.hospitals()) {
            Hospital before = existing.get(h.code());
            if (before == null) {
                created++;
                changed.add(h);
            } else if (!before.equals(h)) {
                updated++;
                changed.add(h);
                changes.add(Map.of("before", before, "after", h));
            }
        }
        repository.upsert(changed);
        int unchanged = parsed.hospitals().size() - created - updated;
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("source", source);
        summary.put("created", created);
        summary.put("updated", updated);
        summary.put("unchanged", unchanged);
        summary.put("updates", changes);
        audit.change("HOSPITALS_IMPORTED", "HOSPITAL", null, null, summary);
        return new ImportResult(created, updated, unchanged, parsed.warnings());
    }

    public Hospital hospital(HospitalCode code) {
        guard.requireReadHospital(code);
        return repository.find(code).orElseThrow(() -> new NotFoundException("医療機関コード " + code + " の病院は登録されていません。"));
    }

    public HospitalPage search(HospitalSearch search) {
        Actor actor = guard.current();
        HospitalSearch scoped = switch (actor.role()) {
            case PREFECTURE -> search.withPrefecture(actor.prefecture());
            default -> search;
        };
        if (actor.is(Role.HOSPITAL)) {
            return repository.find(actor.hospital())
                    .map(h -> new HospitalPage(List.of(h), 1, 0, search.size()))
                    .orElse(new HospitalPage(List.of(), 0, 0, search.size()));
        }
        return repository.search(scoped);
    }

    @Transactional
    public Hospital setFlags(HospitalCode code, HospitalFlags flags) {
        guard.requireRole(Role.MHLW_ADMIN);
        Hospital before = repository.find(code).orElseThrow(() -> new NotFoundException("医療機関コード " + code + " の病院は登録されていません。"));
        repository.setFlags(code, flags);
        Hospital after = repository.find(code).orElseThrow();
        if (!Objects.equals(before, after)) {
            audit.change("HOSPITAL_FLAGS_SET", "HOSPITAL", code.value(),
                    new HospitalFlags(before.disasterBase(), before.acuteCare(), before.emergency()), flags);
        }
        return after;
    }

    private static <T> List<List<T>> chunks(List<T> list, int size) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i += size) {
            out.add(list.subList(i, Math.min(list.size(), i + size)));
        }
        return out;
    }
}
