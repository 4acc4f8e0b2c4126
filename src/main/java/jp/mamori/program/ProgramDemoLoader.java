package jp.mamori.program;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jp.mamori.registry.Registry;
import jp.mamori.setup.FirstStart;
import jp.mamori.setup.SetupStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With MAMORI_DEMO on, the first start creates the FY2025 program: capacity 2,000 with quotas
 * spread over the prefectures by their registry hospital counts. Its submission deadline is set
 * 30 days after the first start (the real one, 2025-07-18, has passed) so the demo can be used.
 */
@Component
@Order(20)
class ProgramDemoLoader implements ApplicationRunner {

    static final String DEMO_ID = "FY2025";
    static final int CAPACITY = 2000;
    private static final Logger log = LoggerFactory.getLogger(ProgramDemoLoader.class);

    private final ProgramService programs;
    private final Registry registry;
    private final Clock clock;
    private final FirstStart firstStart;

    ProgramDemoLoader(ProgramService programs, Registry registry, Clock clock,
                      FirstStart firstStart) {
        this.programs = programs;
        this.registry = registry;
        this.clock = clock;
        this.firstStart = firstStart;
    }

    @Override
    public void run(ApplicationArguments args) {
        firstStart.complete(SetupStep.DEMO_PROGRAM, this::create);
    }

    private void create() {
        if (programs.exists(DEMO_ID) || registry.hospitalCount() == 0) {
            return;
        }
        LocalDate deadline = LocalDate.now(clock).plusDays(30);
        List<ProgramInput.Quota> quotas = new ArrayList<>();
        spread(CAPACITY, registry.hospitalCountsByPrefecture())
                .forEach((pref, q) -> quotas.add(new ProgramInput.Quota(pref, q, Map.of())));
        programs.saveUnchecked(DEMO_ID, new ProgramInput("令和7年度 医療機関におけるサイバーセキュリティ確保事業", 2025, "FY2025",
                CAPACITY, deadline.toString(), "2026-01-31", null, null, List.of(), false, quotas, null, null));
        log.info("Demo: program {} created (capacity {}, deadline {})", DEMO_ID, CAPACITY, deadline);
    }

    /** Largest-remainder apportionment: quotas proportional to the counts, adding up to the total exactly. */
    static Map<String, Integer> spread(int total, Map<String, Integer> counts) {
        long sum = counts.values().stream().mapToLong(Integer::longValue).sum();
        Map<String, Integer> out = new TreeMap<>();
        if (sum == 0) {
            return out;
        }
        List<Map.Entry<String, Double>> remainders = new ArrayList<>();
        int given = 0;
        for (Map.Entry<String, Integer> e : new TreeMap<>(counts).entrySet()) {
            double exact = (double) total * e.getValue() / sum;
            int floor = (int) Math.floor(exact);
            out.put(e.getKey(), floor);
            given += floor;
            remainders.add(Map.entry(e.getKey(), exact - floor));
        }
        remainders.sort(Comparator.comparing((Map.Entry<String, Double> e) -> e.getValue()).reversed()
                .thenComparing(Map.Entry::getKey));
        for (int i = 0; i < total - given; i++) {
            out.merge(remainders.get(i).getKey(), 1, Integer::sum);
        }
        return out;
    }
}
