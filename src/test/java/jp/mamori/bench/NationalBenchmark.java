package jp.mamori.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.mamori.MamoriApplication;
import jp.mamori.nomination.NominationService;
import jp.mamori.nomination.form.NominationRow;
import jp.mamori.program.ProgramInput;
import jp.mamori.program.ProgramService;
import jp.mamori.registry.Hospital;
import jp.mamori.registry.Registry;
import jp.mamori.selection.SelectionService;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.support.AsUser;
import jp.mamori.support.Forms;
import jp.mamori.support.TestData;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * National-scale benchmark on the real registry (not a test: no assertions, figures for the README).
 * Run with: bench/run national
 *
 * 1. Import: 46 prefecture forms (.xlsx) built from the real registry, about 3,000 rows, uploaded one by one
 *    through the same service the API uses (parse, check, store, enter selection) → rows per second.
 * 2. Selection: prefecture fill of every prefecture plus the national fill (capacity 2,000), stored.
 * 3. GET /api/v1/programs/{id}/selection over HTTP for all decisions.
 * 4. Queueing the fills' messages, one per hospital (in the app this runs in the background once a fill commits;
 *    here it runs after each round so that it does not blur the other figures).
 */
public final class NationalBenchmark {

    static final int ROUNDS = 5;

    public static void main(String[] args) throws Exception {
        Path data = Path.of("target/bench-pg/" + UUID.randomUUID());
        ConfigurableApplicationContext app = new SpringApplication(MamoriApplication.class).run(
                "--mamori.demo=false", "--mamori.data-dir=" + data, "--mamori.admin-password=Bench-Kanri-Pass-1",
                "--server.port=0", "--logging.level.root=WARN", "--logging.level.jp.mamori=WARN",
                // the fills' messages are queued after each round, so the figures of one do not include the others
                "--mamori.notify.fan-out-async=false");
        try {
            run(app);
        } finally {
            app.close();
        }
        System.exit(0);
    }

    static void run(ConfigurableApplicationContext app) throws Exception {
        app.getBean(TestData.class).ensureRegistry();
        Registry registry = app.getBean(Registry.class);
        ProgramService programs = app.getBean(ProgramService.class);
        NominationService nominations = app.getBean(NominationService.class);
        SelectionService selection = app.getBean(SelectionService.class);
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();

        Map<String, List<Hospital>> byPrefecture = nationalNominations(registry);
        Map<String, byte[]> forms = new LinkedHashMap<>();
        int rows = 0;
        for (Map.Entry<String, List<Hospital>> e : byPrefecture.entrySet()) {
            List<NominationRow> list = Forms.eligibleRows(e.getValue());
            rows += list.size();
            forms.put(e.getKey(), Forms.workbook("ベンチマーク", new PrefectureCode(e.getKey()), list));
        }
        System.out.printf("Forms: %d prefectures, %d rows%n", forms.size(), rows);

        List<Long> importMs = new ArrayList<>();
        List<Long> fillMs = new ArrayList<>();
        List<Long> getMs = new ArrayList<>();
        List<Long> messagesMs = new ArrayList<>();
        HttpClient http = HttpClient.newHttpClient();
        String token = token(http, port);
        for (int round = 0; round <= ROUNDS; round++) {
            String pid = AsUser.admin(() -> program(programs, registry));
            long t0 = System.nanoTime();
            for (Map.Entry<String, byte[]> f : forms.entrySet()) {
                AsUser.admin(() -> nominations.upload(pid, new PrefectureCode(f.getKey()), f.getValue(), "bench.xlsx", "API"));
            }
            long t1 = System.nanoTime();
            SelectionService.Applied afterNational = AsUser.admin(() -> {
                selection.fill(pid, SelectionService.Scope.PREFECTURES);
                return selection.fill(pid, SelectionService.Scope.NATIONAL);
            });
            long t2 = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/v1/programs/" + pid + "/selection")).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString());
            long t3 = System.nanoTime();
            // in the app the fills' messages are queued in the background once they commit; here after the round
            app.getBean(jp.mamori.notify.SelectionNotifier.class).drain();
            long t4 = System.nanoTime();
            if (round == 0) {
                System.out.printf("Warm-up done: selected %d, waitlisted %d, GET %d bytes (HTTP %d)%n",
                        afterNational.summary().selected(), afterNational.summary().waitlisted(), r.body().length(), r.statusCode());
                continue;
            }
            importMs.add((t1 - t0) / 1_000_000);
            fillMs.add((t2 - t1) / 1_000_000);
            getMs.add((t3 - t2) / 1_000_000);
            messagesMs.add((t4 - t3) / 1_000_000);
        }
        long importMedian = median(importMs);
        System.out.printf("Import of %d forms / %d rows: median %d ms (%s) → %.0f rows/s%n", forms.size(), rows, importMedian,
                importMs, rows * 1000.0 / importMedian);
        System.out.printf("Prefecture fill + national fill, stored: median %d ms (%s)%n", median(fillMs), fillMs);
        System.out.printf("GET /selection (all decisions, HTTP): median %d ms (%s)%n", median(getMs), getMs);
        System.out.printf("Queueing the fills' messages (one per hospital, in the background in the app): median %d ms (%s)%n",
                median(messagesMs), messagesMs);
    }

    /** Like the demo: capacity 2,000 with quotas by hospital counts; about two thirds of the hospitals with 20+ beds nominate. */
    static Map<String, List<Hospital>> nationalNominations(Registry registry) {
        Map<String, List<Hospital>> out = new LinkedHashMap<>();
        registry.prefectures().forEach(p -> {
            List<Hospital> eligible = registry.hospitalsIn(p.code()).stream().filter(h -> h.beds() != null && h.beds() >= 20)
                    .sorted(Comparator.comparing((Hospital h) -> h.beds()).reversed()).toList();
            if (!eligible.isEmpty()) {
                out.put(p.code().value(), eligible.subList(0, Math.max(1, eligible.size() * 5 / 10)));
            }
        });
        return out;
    }

    static String program(ProgramService programs, Registry registry) {
        String id = "B" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        List<ProgramInput.Quota> quotas = new ArrayList<>();
        Map<String, Integer> counts = registry.hospitalCountsByPrefecture();
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        counts.forEach((p, n) -> quotas.add(new ProgramInput.Quota(p, (int) Math.round(1600.0 * n / total), Map.of())));
        programs.save(id, new ProgramInput("ベンチマーク", 2025, "FY2025", 2000, LocalDate.now().plusDays(30).toString(),
                "2026-01-31", null, null, List.of(), false, quotas, null, null));
        return id;
    }

    static String token(HttpClient http, int port) throws Exception {
        return tokenOf(http, "http://localhost:" + port, "admin", "Bench-Kanri-Pass-1");
    }

    static String tokenOf(HttpClient http, String base, String username, String password) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"" + password
                        + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        return r.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
    }

    static long median(List<Long> values) {
        List<Long> s = new ArrayList<>(values);
        s.sort(Long::compare);
        return s.get(s.size() / 2);
    }

}
