package jp.mamori.bench;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.mamori.MamoriApplication;
import jp.mamori.backup.BackupPlans;
import jp.mamori.checklist.ChecklistAnswers;
import jp.mamori.checklist.domain.Edition;
import jp.mamori.dashboard.SurveyStatistics;
import jp.mamori.dashboard.SurveyStatisticsView;
import jp.mamori.dashboard.domain.Cell;
import jp.mamori.dashboard.domain.SuppressionPolicy;
import jp.mamori.dashboard.domain.Table;
import jp.mamori.inventory.ConnectionInventory;
import jp.mamori.inventory.Findings;
import jp.mamori.program.ProgramService;
import jp.mamori.registry.Registry;
import jp.mamori.security.NewUser;
import jp.mamori.security.Role;
import jp.mamori.security.UserAccountService;
import jp.mamori.support.AsUser;
import jp.mamori.support.TestData;
import jp.mamori.survey.CaseDigest;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The survey's national figures at national size (not a test: figures for bench/README.md). One program with 2,000
 * cases over the 47 prefectures, set up by SQL: 20 connection points each (purpose, line and known-before varied),
 * findings of every rule, severity and state, backup plans with the hospitals' decisions, checklist answers of the
 * hospitals and a few of the contractors. Then one client after the other: the national figures over HTTP (as
 * MHLW_ADMIN), the service call alone, its module reads alone, the suppression alone over the same tables, and the
 * plain SQL of the same counts (GROUP BY, count(DISTINCT hospital), no suppression).
 * Run with: bench/run figures (-Dbench.rounds=25)
 */
public final class FiguresBenchmark {

    static final int CASES = CaseBenchmark.CASES;
    static final int POINTS = 20;
    static final int ROUNDS = CaseBenchmark.ROUNDS;
    static final String ADMIN_PASSWORD = "Bench-Kanri-Pass-1";

    public static void main(String[] args) throws Exception {
        Path data = Path.of("target/bench-pg/" + UUID.randomUUID());
        ConfigurableApplicationContext app = new SpringApplication(MamoriApplication.class).run(
                "--mamori.demo=false", "--mamori.data-dir=" + data, "--mamori.admin-password=" + ADMIN_PASSWORD,
                "--server.port=0", "--logging.level.root=WARN", "--logging.level.jp.mamori=WARN",
                "--mamori.notify.jobs-enabled=false");
        try {
            run(app);
        } finally {
            app.close();
        }
        System.exit(0);
    }

    static void run(ConfigurableApplicationContext app) throws Exception {
        app.getBean(TestData.class).ensureRegistry();
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        String base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        String pid = AsUser.admin(() -> NationalBenchmark.program(app.getBean(ProgramService.class), app.getBean(Registry.class)));
        String org = "fig-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO organization (id, name, kind, email) VALUES (:id, 'ベンチ調査株式会社', 'CONTRACTOR', 'fig@example.jp')")
                .param("id", org).update();
        app.getBean(UserAccountService.class).createUnchecked(new NewUser(org + "-lead", CaseBenchmark.PASSWORD, Role.CONTRACTOR,
                null, null, "ベンチ調査株式会社", "リーダー", null, org, true));
        long t0 = System.nanoTime();
        seed(jdbc, pid, org, org + "-lead");
        System.out.printf("Seeded in %d ms: %s%n", (System.nanoTime() - t0) / 1_000_000, jdbc.sql("""
                SELECT (SELECT count(*) FROM survey_case WHERE program_id = :p) || ' cases in '
                    || (SELECT count(DISTINCT prefecture_code) FROM survey_case WHERE program_id = :p) || ' prefectures ('
                    || (SELECT count(*) FROM survey_case WHERE program_id = :p AND withdrawn_at IS NOT NULL) || ' withdrawn), '
                    || (SELECT count(*) FROM connection_point p JOIN survey_case c ON c.id = p.case_id WHERE c.program_id = :p) || ' points, '
                    || (SELECT count(*) FROM finding f JOIN survey_case c ON c.id = f.case_id WHERE c.program_id = :p) || ' findings, '
                    || (SELECT count(*) FROM backup_plan b JOIN survey_case c ON c.id = b.case_id WHERE c.program_id = :p) || ' plans, '
                    || (SELECT count(*) FROM checklist_answer a JOIN survey_case c ON c.hospital_code = a.hospital_code
                         WHERE c.program_id = :p) || ' checklist answer sets ('
                    || (SELECT sum((SELECT count(*) FROM jsonb_object_keys(a.answers))) FROM checklist_answer a
                         JOIN survey_case c ON c.hospital_code = a.hospital_code WHERE c.program_id = :p) || ' answers)'""")
                .param("p", pid).query(String.class).single());

        SurveyStatistics statistics = app.getBean(SurveyStatistics.class);
        String token = NationalBenchmark.tokenOf(HttpClient.newHttpClient(), base, "admin", ADMIN_PASSWORD);
        List<Table> tables = tables(jdbc, pid);
        check(AsUser.admin(() -> statistics.national(pid)), tables);

        // the JIT sees every path before any is measured, so the first line of the table is not the one paying for it
        for (int i = 0; i < 5; i++) {
            PageBenchmark.bearer(base + "/api/v1/programs/" + pid + "/survey-statistics", token);
            AsUser.admin(() -> statistics.national(pid));
            tables.forEach(SuppressionPolicy::apply);
        }
        if (Boolean.getBoolean("bench.httpOnly")) {
            // for a profiler: only the API, back to back
            for (int i = 0; i < 40; i++) {
                PageBenchmark.bearer(base + "/api/v1/programs/" + pid + "/survey-statistics", token);
            }
            return;
        }
        System.out.printf("%nOne client, %d rounds after 3 warm-up each%n", ROUNDS);
        System.out.println("| what | median | p95 | size |");
        System.out.println("|---|---|---|---|");
        report("(1) GET /api/v1/programs/{pid}/survey-statistics (MHLW_ADMIN, bearer)", "B",
                measure(() -> PageBenchmark.bearer(base + "/api/v1/programs/" + pid + "/survey-statistics", token)));
        report("(2) SurveyStatistics.national (service alone, audit row included)", "checklist rows",
                measure(() -> AsUser.admin(() -> statistics.national(pid)).checklist().size()));
        report("(2a) of it: the module reads alone (cases, points, findings, plans, answers)", "rows",
                measure(() -> reads(app, pid)));
        report("for scale: GET /api/v1/programs/{pid} (the program, bearer)", "B",
                measure(() -> PageBenchmark.bearer(base + "/api/v1/programs/" + pid, token)));
        // (1) and (2) once more, one after the other in each round, so both see the same load from the neighbours
        List<Long> http = new ArrayList<>();
        List<Long> service = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < ROUNDS; i++) {
            long a = System.nanoTime();
            bytes = PageBenchmark.bearer(base + "/api/v1/programs/" + pid + "/survey-statistics", token);
            long b = System.nanoTime();
            AsUser.admin(() -> statistics.national(pid));
            long c = System.nanoTime();
            http.add((b - a) / 1_000_000);
            service.add((c - b) / 1_000_000);
        }
        report("(1) again, interleaved with (2) round by round", "B", new CaseBenchmark.Measured(http, bytes));
        report("(2) again, interleaved with (1)", "", new CaseBenchmark.Measured(service, 0));
        report("(3) SuppressionPolicy.apply alone over the same " + tables.size() + " tables", "tables",
                measure(() -> {
                    tables.forEach(SuppressionPolicy::apply);
                    return tables.size();
                }));
        report("(4) plain SQL: the same counts by GROUP BY, count(DISTINCT hospital), no suppression", "rows",
                measure(() -> baseline(jdbc, pid)));
        report("(4a) plain SQL with each cell's hospitals (array_agg), the tables of (3)", "tables",
                measure(() -> tables(jdbc, pid).size()));
    }

    /** Hash-driven, so every run gets the same data. */
    static void seed(JdbcClient jdbc, String pid, String org, String lead) {
        // every prefecture with hospitals gets ten cases (or all its hospitals) first, the rest in a fixed random order
        jdbc.sql("""
                INSERT INTO survey_case (program_id, hospital_code, prefecture_code, organization_id, lead_username)
                SELECT :p, code, prefecture_code, :org, :lead
                  FROM (SELECT code, prefecture_code, row_number() OVER (PARTITION BY prefecture_code ORDER BY md5(code)) AS k FROM hospital) h
                 ORDER BY k > 10, md5(code) LIMIT :n""")
                .param("p", pid).param("org", org).param("lead", lead).param("n", CASES).update();
        CaseBenchmark.steps(jdbc, pid);
        jdbc.sql("UPDATE survey_case SET withdrawn_at = now() WHERE program_id = :p AND abs(hashtext('w' || id)) % 50 = 0")
                .param("p", pid).update();
        jdbc.sql("""
                INSERT INTO connection_point (case_id, purpose, counterpart, system, line, device_vendor, device_product,
                  known_before, status, created_at, created_by, updated_at, updated_by)
                SELECT c.id,
                       (ARRAY['REMOTE_MAINTENANCE','REMOTE_MAINTENANCE','REMOTE_MAINTENANCE','INTERNET','REGIONAL_NETWORK',
                              'ONLINE_QUALIFICATION','CLOUD_SERVICE','EMAIL','PARTNER_LINK','OTHER'])[1 + abs(hashtext(c.id || 'p' || i)) % 10],
                       '保守センター ' || i, 'システム ' || i,
                       (ARRAY['INTERNET_VPN','INTERNET_VPN','CLOSED_NETWORK','DEDICATED_LINE','MOBILE','DIALUP','OTHER','UNKNOWN',
                              NULL])[1 + abs(hashtext(c.id || 'l' || i)) % 9],
                       'ヤマハ株式会社', 'RTX1210',
                       (ARRAY[true, true, false, NULL])[1 + abs(hashtext(c.id || 'k' || i)) % 4],
                       'HEARING', now(), 'bench', now(), 'bench'
                  FROM survey_case c CROSS JOIN generate_series(1, :n) i WHERE c.program_id = :p""")
                .param("p", pid).param("n", POINTS).update();
        // 0–7 findings a case; SUGGESTED only for a rule's, a person's (rule NULL) are OPEN at least
        jdbc.sql("""
                INSERT INTO finding (case_id, rule, severity, title, state, fixed_on, created_at, created_by, withdrawn_at)
                SELECT id, rule, severity, '指摘 ' || j,
                       CASE WHEN rule IS NULL AND st = 'SUGGESTED' THEN 'OPEN' ELSE st END,
                       CASE WHEN st = 'FIXED' THEN current_date - 3 END, now(), 'bench',
                       CASE WHEN abs(hashtext(id || 'x' || j)) % 20 = 0 THEN now() END
                  FROM (SELECT c.id, j,
                               (ARRAY['KEV_MATCH','UNKNOWN_BEFORE_SURVEY','STALE_PATCH','NO_LOGGING','NO_SOURCE_RESTRICTION',
                                      'ALWAYS_ON_PASSWORD_ONLY','BACKUP_REACHABLE','CHECKLIST_MISMATCH',
                                      NULL])[1 + abs(hashtext(c.id || 'r' || j)) % 9] AS rule,
                               (ARRAY['CRITICAL','HIGH','HIGH','MEDIUM','MEDIUM','LOW','INFO'])[1 + abs(hashtext(c.id || 's' || j)) % 7] AS severity,
                               (ARRAY['SUGGESTED','OPEN','OPEN','ACCEPTED','FIXED','DISMISSED'])[1 + abs(hashtext(c.id || 't' || j)) % 6] AS st
                          FROM survey_case c CROSS JOIN generate_series(1, 7) j
                         WHERE c.program_id = :p AND j <= abs(hashtext(c.id || 'n')) % 8) f""")
                .param("p", pid).update();
        // four in five cases have a plan: a tenth of those declined, the rest decided or not yet
        jdbc.sql("""
                INSERT INTO backup_plan (case_id, systems, cost_per_tb_min, cost_per_tb_max, declined, decision_choice,
                                         decided_on, decision_until, updated_by, updated_at)
                SELECT id, '[]'::jsonb, 300000, 400000, d = 0, ch, CASE WHEN ch IS NOT NULL THEN current_date - 5 END,
                       CASE WHEN ch = 'DEFER' THEN current_date + 60 END, 'bench', now()
                  FROM (SELECT id, abs(hashtext(id || 'd')) % 10 AS d,
                               CASE WHEN abs(hashtext(id || 'd')) % 10 = 0 THEN NULL
                                    ELSE (ARRAY['ADOPT','ADOPT','DEFER','DECLINE',NULL])[1 + abs(hashtext(id || 'c')) % 5] END AS ch
                          FROM survey_case WHERE program_id = :p AND abs(hashtext(id || 'b')) % 5 <> 0) b""")
                .param("p", pid).update();
        // the hospitals answer every item of the editions in force at seven in ten; the contractor the first five items at three in ten
        for (String[] who : new String[][] {{"HOSPITAL", "7", "100"}, {"CONTRACTOR", "3", "5"}}) {
            jdbc.sql("""
                    INSERT INTO checklist_answer (hospital_code, edition_id, respondent, answers, complete, updated_at, updated_by)
                    SELECT c.hospital_code, e.id, :r,
                           (SELECT jsonb_object_agg(k, jsonb_build_object('answer',
                                    (ARRAY['YES','YES','NO','NA'])[1 + abs(hashtext(c.hospital_code || k || :r)) % 4], 'checkedOn', '2025-06-01'))
                              FROM (SELECT i.item ->> 'id' AS k FROM jsonb_array_elements(e.items) WITH ORDINALITY i(item, n)
                                     WHERE n <= :items AND jsonb_array_length(coalesce(i.item -> 'targets', '[]')) = 0) keys),
                           false, now(), 'bench'
                      FROM survey_case c CROSS JOIN checklist_edition e
                     WHERE c.program_id = :p AND e.id IN ('CL2025', 'BCP2024') AND abs(hashtext(c.hospital_code || :r)) % 10 < :share
                    ON CONFLICT DO NOTHING""")
                    .param("p", pid).param("r", who[0]).param("share", Integer.parseInt(who[1]))
                    .param("items", Integer.parseInt(who[2])).update();
        }
        jdbc.sql("ANALYZE").update();
        System.out.println("Prefectures with hospitals in the registry: "
                + jdbc.sql("SELECT count(DISTINCT prefecture_code) FROM hospital").query(Long.class).single());
    }

    /** The reads the service makes through the other modules, alone. */
    static int reads(ConfigurableApplicationContext app, String pid) {
        List<CaseDigest.CaseFigure> all = app.getBean(CaseDigest.class).figuresOfProgram(pid);
        List<Long> live = all.stream().filter(c -> !c.withdrawn()).map(CaseDigest.CaseFigure::caseId).toList();
        Set<String> hospitals = new HashSet<>();
        all.stream().filter(c -> !c.withdrawn()).forEach(c -> hospitals.add(c.hospitalCode()));
        int n = all.size();
        n += app.getBean(ConnectionInventory.class).ofCases(live).values().stream().mapToInt(List::size).sum();
        n += app.getBean(Findings.class).ofCases(live).values().stream().mapToInt(List::size).sum();
        n += app.getBean(BackupPlans.class).plansOfCases(live).size();
        ChecklistAnswers checklists = app.getBean(ChecklistAnswers.class);
        for (Edition e : checklists.editionsInForce(2025)) {
            n += checklists.answersOf(hospitals, e.id()).size();
        }
        return n;
    }

    static final String LIVE = "survey_case c ON c.program_id = :p AND c.withdrawn_at IS NULL";
    static final String CONFIRMED = "f.withdrawn_at IS NULL AND f.state IN ('OPEN', 'ACCEPTED', 'FIXED')";

    /** Family, prefecture, key, value, the hospitals; $H is the hospital column expression (count or array). */
    static final String FAMILIES = """
            SELECT 'connections.byPurpose' AS family, c.prefecture_code AS pref, p.purpose AS key, count(*) AS v, $H
              FROM connection_point p JOIN $LIVE AND c.id = p.case_id GROUP BY 1, 2, 3
            UNION ALL
            SELECT 'connections.byLine', c.prefecture_code, coalesce(p.line, 'UNKNOWN'), count(*), $H
              FROM connection_point p JOIN $LIVE AND c.id = p.case_id GROUP BY 1, 2, 3
            UNION ALL
            SELECT 'connections.unknownBefore', c.prefecture_code, CASE WHEN p.known_before THEN 'KNOWN_BEFORE' ELSE 'UNKNOWN_BEFORE' END,
                   count(*), $H
              FROM connection_point p JOIN $LIVE AND c.id = p.case_id AND p.known_before IS NOT NULL GROUP BY 1, 2, 3
            UNION ALL
            SELECT 'findings.bySeverity', c.prefecture_code, f.severity, count(*), $H
              FROM finding f JOIN $LIVE AND c.id = f.case_id AND $CONFIRMED GROUP BY 1, 2, 3
            UNION ALL
            SELECT 'findings.byRule', c.prefecture_code, coalesce(f.rule, 'MANUAL'), count(*), $H
              FROM finding f JOIN $LIVE AND c.id = f.case_id AND $CONFIRMED GROUP BY 1, 2, 3
            UNION ALL
            SELECT 'backup.byDecision', c.prefecture_code,
                   CASE WHEN b.declined THEN 'PLAN_DECLINED' ELSE coalesce(b.decision_choice, 'UNDECIDED') END, count(*), $H
              FROM backup_plan b JOIN $LIVE AND c.id = b.case_id GROUP BY 1, 2, 3
            UNION ALL
            SELECT 'checklist.' || a.edition_id || '.' || k.key || '.' || a.respondent, c.prefecture_code, lower(k.value ->> 'answer'),
                   count(*), $H
              FROM checklist_answer a CROSS JOIN jsonb_each(a.answers) k JOIN $LIVE AND c.hospital_code = a.hospital_code
             WHERE a.edition_id IN ('CL2025', 'BCP2024') GROUP BY 1, 2, 3
            """.replace("$LIVE", LIVE).replace("$CONFIRMED", CONFIRMED);

    /** The baseline: the same counts, each with the number of distinct hospitals it rests on, and the case counts by state. */
    static int baseline(JdbcClient jdbc, String pid) {
        int rows = jdbc.sql(FAMILIES.replace("$H", "count(DISTINCT c.hospital_code) AS hospitals")).param("p", pid)
                .query().listOfRows().size();
        return rows + jdbc.sql(CaseBenchmark.NATIONAL_SQL.replace("$TARGETS", CaseBenchmark.targets())).param("p", pid)
                .query().listOfRows().size();
    }

    /** The families as the policy's tables, each cell with its hospitals, every prefecture with a case present. */
    static List<Table> tables(JdbcClient jdbc, String pid) {
        List<String> prefectures = jdbc.sql("SELECT DISTINCT prefecture_code FROM survey_case WHERE program_id = :p")
                .param("p", pid).query(String.class).list();
        Map<String, Map<String, Map<String, Cell>>> byFamily = new LinkedHashMap<>();
        Map<String, List<String>> keys = new HashMap<>();
        jdbc.sql(FAMILIES.replace("$H", "array_agg(DISTINCT c.hospital_code) AS hospitals")).param("p", pid).query(rs -> {
            String family = rs.getString("family");
            String key = rs.getString("key");
            Set<String> hospitals = new HashSet<>();
            for (String h : (String[]) rs.getArray("hospitals").getArray()) {
                hospitals.add(h.trim());
            }
            byFamily.computeIfAbsent(family, f -> new LinkedHashMap<>())
                    .computeIfAbsent(rs.getString("pref").trim(), p -> new LinkedHashMap<>()).put(key, new Cell(rs.getLong("v"), hospitals));
            List<String> ks = keys.computeIfAbsent(family, f -> new ArrayList<>());
            if (!ks.contains(key)) {
                ks.add(key);
            }
        });
        List<Table> out = new ArrayList<>();
        byFamily.forEach((family, rows) -> {
            Map<String, Map<String, Cell>> all = new LinkedHashMap<>();
            prefectures.forEach(p -> all.put(p.trim(), rows.getOrDefault(p.trim(), Map.of())));
            List<String> ks = keys.get(family).stream().sorted().toList();
            if (family.startsWith("checklist.")) {
                ks = List.of("yes", "no", "na");
            }
            out.add(new Table(family, ks, all));
        });
        return out;
    }

    /**
     * The service's shown national cells must equal the plain SQL's counts (the baseline counts what the service
     * counts), or the run stops. The keys of the service's tables come in the domain's order, the SQL's sorted: the
     * suppression of (3) may differ in which cell it picks on ties, not in how much work it does.
     */
    static void check(SurveyStatisticsView view, List<Table> tables) {
        Map<String, Map<String, Long>> shown = Map.of("connections.byPurpose", view.connections().byPurpose(),
                "connections.byLine", view.connections().byLine(), "findings.bySeverity", view.findings().bySeverity(),
                "findings.byRule", view.findings().byRule(), "backup.byDecision", view.backup().byDecision());
        int compared = 0;
        for (Table t : tables) {
            Map<String, Long> service = shown.get(t.name());
            if (service == null) {
                continue;
            }
            for (String key : t.keys()) {
                long sql = t.prefectures().values().stream().mapToLong(row -> row.getOrDefault(key, Cell.EMPTY).value()).sum();
                Long app = service.get(key);
                if (app != null && app != sql) {
                    throw new IllegalStateException(t.name() + "." + key + ": service " + app + ", plain SQL " + sql);
                }
                compared += app == null ? 0 : 1;
            }
        }
        long checklistShown = view.checklist().stream().filter(r -> r.yes() != null).count();
        System.out.printf("Check: %d shown national cells equal the plain SQL's; %d checklist rows, %d with yes shown; %d tables%n",
                compared, view.checklist().size(), checklistShown, tables.size());
    }

    static CaseBenchmark.Measured measure(PageBenchmark.Call call) throws Exception {
        return CaseBenchmark.measure(call);
    }

    static void report(String what, String unit, CaseBenchmark.Measured m) {
        PageBenchmark.Result r = new PageBenchmark.Result(m.ms(), 0, m.bytes());
        System.out.printf("| %s | %d ms | %d ms | %,d %s |%n", what, r.percentile(50), r.percentile(95), m.bytes(), unit);
    }
}
