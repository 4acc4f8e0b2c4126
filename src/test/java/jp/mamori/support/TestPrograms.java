package jp.mamori.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.mamori.program.ProgramInput;
import jp.mamori.program.ProgramService;
import org.springframework.stereotype.Component;

/** Creates programs for tests, each with its own id so tests never share selection state. */
@Component
public class TestPrograms {

    private final ProgramService programs;
    private final TestData data;

    TestPrograms(ProgramService programs, TestData data) {
        this.programs = programs;
        this.data = data;
    }

    /** An unbanded FY2025 program with these quotas (prefecture code → quota) and capacity. */
    public String create(int capacity, Map<String, Integer> quotas, LocalDate deadline) {
        data.ensureRegistry();
        String id = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        List<ProgramInput.Quota> q = new ArrayList<>();
        quotas.forEach((p, n) -> q.add(new ProgramInput.Quota(p, n, Map.of())));
        programs.saveUnchecked(id, new ProgramInput("テスト事業 " + id, 2025, "FY2025", capacity, deadline.toString(),
                "2026-01-31", null, null, List.of(), false, q, null, null));
        return id;
    }

    /** A program following {@code previousProgramId} (whose completed surveys then count, selection.md §1). */
    public String following(String previousProgramId, int capacity, Map<String, Integer> quotas) {
        String id = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        List<ProgramInput.Quota> q = new ArrayList<>();
        quotas.forEach((p, n) -> q.add(new ProgramInput.Quota(p, n, Map.of())));
        programs.saveUnchecked(id, new ProgramInput("テスト事業 " + id, 2025, "FY2025", capacity,
                LocalDate.now().plusDays(30).toString(), "2026-01-31", null, previousProgramId, List.of(), false, q, null, null));
        return id;
    }

    public String create(int capacity, Map<String, Integer> quotas) {
        return create(capacity, quotas, LocalDate.now().plusDays(30));
    }
}
