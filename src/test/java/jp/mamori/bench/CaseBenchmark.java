package jp.mamori.bench;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.mamori.MamoriApplication;
import jp.mamori.program.ProgramService;
import jp.mamori.registry.Registry;
import jp.mamori.security.NewUser;
import jp.mamori.security.Role;
import jp.mamori.security.UserAccountService;
import jp.mamori.support.AsUser;
import jp.mamori.support.TestData;
import jp.mamori.survey.CaseService;
import jp.mamori.survey.domain.CaseStep;
import jp.mamori.survey.domain.SurveyTargets;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Survey case lists at national size (not a test: figures for bench/README.md). One program with 2,000 cases of one
 * contractor, set up by SQL (steps at every stage, about a third overdue), then one client after the other:
 * the contractor lead's overdue-first list (page 1, 50 rows) as the page {@code /survey/cases} and as the API, the
 * ministry's national progress page {@code /survey}, each beside the plain SQL a hand-written report would run for
 * the same answer, and for scale the unpaged API (every case as a full view: what each list request built before).
 * Run with: bench/run cases (-Dbench.rounds=25)
 */
public final class CaseBenchmark {

    static final int CASES = Integer.getInteger("bench.cases", 2000);
    static final int ROUNDS = Integer.getInteger("bench.rounds", 25);
    static final String PASSWORD = "Bench-Pass-Word-2026";

    public static void main(String[] args) throws Exception {
        Path data = Path.of("target/bench-pg/" + UUID.randomUUID());
        ConfigurableApplicationContext app = new SpringApplication(MamoriApplication.class).run(
                "--mamori.demo=false", "--mamori.data-dir=" + data, "--mamori.admin-password=Bench-Kanri-Pass-1",
                "--server.port=0", "--logging.level.root=WARN", "--logging.level.jp.mamori=WARN");
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
        String org = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        String lead = org + "-lead";
        jdbc.sql("INSERT INTO organization (id, name, kind, email) VALUES (:id, 'ベンチ調査株式会社', 'CONTRACTOR', 'bench@example.jp')")
                .param("id", org).update();
        app.getBean(UserAccountService.class).createUnchecked(new NewUser(lead, PASSWORD, Role.CONTRACTOR, null, null,
                "ベンチ調査株式会社", "リーダー", null, org, true));
        cases(jdbc, pid, org, lead);
        System.out.printf("Data: %d cases of one contractor; %s%n", CASES, jdbc.sql("""
                SELECT string_agg(k || ' done: ' || n, ', ' ORDER BY k) FROM (
                  SELECT k, count(*) n FROM (SELECT c.id, count(s.done_on) k FROM survey_case c LEFT JOIN survey_case_step s
                   ON s.case_id = c.id WHERE c.program_id = :p GROUP BY c.id) x GROUP BY k) y""")
                .param("p", pid).query(String.class).single());

        PageBenchmark.Session leadSession = PageBenchmark.Session.login(base, lead, PASSWORD);
        PageBenchmark.Session admin = PageBenchmark.Session.login(base, "admin", "Bench-Kanri-Pass-1");
        String leadToken = NationalBenchmark.tokenOf(HttpClient.newHttpClient(), base, lead, PASSWORD);
        String targets = targets();

        System.out.printf("%nOne client, %d rounds after 3 warm-up each (median / p95 / bytes)%n", ROUNDS);
        System.out.println("| what | median | p95 | size |");
        System.out.println("|---|---|---|---|");
        report("contractor's list page /survey/cases (page 1, 50 rows)",
                measure(() -> leadSession.get("/survey/cases?program=" + pid + "&size=50")));
        report("contractor's list API ?page=0&size=50",
                measure(() -> PageBenchmark.bearer(base + "/api/v1/programs/" + pid + "/cases?page=0&size=50", leadToken)));
        report("plain SQL: the same 50 rows overdue first",
                measure(() -> jdbc.sql(LIST_SQL.replace("$TARGETS", targets)).param("p", pid).param("org", org)
                        .query().listOfRows().size()));
        CaseService service = app.getBean(CaseService.class);
        CaseService.Filter none = new CaseService.Filter(null, null, null, false);
        report("in the app: CaseService.lines (all " + CASES + ", as the lead)",
                measure(() -> AsUser.as(lead, () -> service.lines(pid, none)).size()));
        List<CaseService.CaseLine> lines = AsUser.as(lead, () -> service.lines(pid, none));
        report("in the app: CaseService.views of the first 50",
                measure(() -> AsUser.as(lead, () -> service.views(pid, lines.subList(0, 50))).size()));
        report("national progress page /survey (ministry)",
                measure(() -> admin.get("/survey?program=" + pid)));
        report("plain SQL: counts by prefecture and state, overdue",
                measure(() -> jdbc.sql(NATIONAL_SQL.replace("$TARGETS", targets)).param("p", pid).query().listOfRows().size()));
        report("for scale: a page with the layout only (/about, as the lead)", measure(() -> leadSession.get("/about")));
        report("for scale: unpaged API (all " + CASES + " as full views)",
                measure(() -> PageBenchmark.bearer(base + "/api/v1/programs/" + pid + "/cases", leadToken)));
    }

    /** {@code CASES} hospitals' cases, each k of its 7 steps done (k by a hash of its id), the next one planned around today. */
    static void cases(JdbcClient jdbc, String pid, String org, String lead) {
        jdbc.sql("""
                INSERT INTO survey_case (program_id, hospital_code, prefecture_code, organization_id, lead_username)
                SELECT :p, code, prefecture_code, :org, :lead FROM hospital ORDER BY md5(code) LIMIT :n""")
                .param("p", pid).param("org", org).param("lead", lead).param("n", CASES).update();
        steps(jdbc, pid);
    }

    /** Each case of the program k of its 7 steps done (k by a hash of its id), the next one planned around today. */
    static void steps(JdbcClient jdbc, String pid) {
        jdbc.sql("""
                INSERT INTO survey_case_step (case_id, step, planned_on, done_on)
                SELECT c.id, s.step,
                       CASE WHEN s.n - 1 = c.k THEN current_date + (c.h % 60) - 25 END,
                       CASE WHEN s.n - 1 < c.k THEN current_date - ((c.k - s.n + 1) * 12 + c.h % 30)::int END
                  FROM (SELECT id, abs(hashtext(id::text)) % 8 AS k, abs(hashtext('h' || id)) AS h
                          FROM survey_case WHERE program_id = :p) c
                 CROSS JOIN unnest(ARRAY['ASSIGNMENT','MEMORANDUM','PRESURVEY','HEARING','ONSITE','REPORT','DELIVERY'])
                       WITH ORDINALITY AS s(step, n)
                 WHERE s.n - 1 <= c.k""")
                .param("p", pid).update();
    }

    /** The default targets (the benchmark's program sets none) as SQL VALUES rows: step, order, days after the previous. */
    static String targets() {
        return java.util.Arrays.stream(CaseStep.values()).map(s -> "('" + s.name() + "', " + s.ordinal() + ", "
                + (SurveyTargets.DEFAULT.daysFor(s) == null ? "NULL::int" : SurveyTargets.DEFAULT.daysFor(s)) + ")")
                .collect(Collectors.joining(", "));
    }

    /** Per case and step: the due date survey.md gives (planned date, or the target after the previous done date, the earlier). */
    static final String STEPS_SQL = """
            WITH t(step, n, days) AS (VALUES $TARGETS),
            st AS (
              SELECT c.id, t.n, s.done_on,
                     LEAST(s.planned_on, lag(s.done_on) OVER (PARTITION BY c.id ORDER BY t.n) + t.days) AS due,
                     c.withdrawn_at IS NOT NULL AS withdrawn
                FROM survey_case c CROSS JOIN t
                LEFT JOIN survey_case_step s ON s.case_id = c.id AND s.step = t.step
               WHERE c.program_id = :p $SCOPE),
            agg AS (
              SELECT id, coalesce(min(n) FILTER (WHERE done_on IS NULL), 7) AS next,
                     bool_or(NOT withdrawn AND done_on IS NULL AND due < current_date) AS overdue
                FROM st GROUP BY id)
            """;

    static final String LIST_SQL = STEPS_SQL.replace("$SCOPE",
            "AND (c.organization_id = :org OR c.organization_id IN (SELECT id FROM organization WHERE parent_id = :org))") + """
            SELECT c.id, c.hospital_code, h.name, c.prefecture_code, agg.next, agg.overdue
              FROM agg JOIN survey_case c ON c.id = agg.id JOIN hospital h ON h.code = c.hospital_code
             ORDER BY agg.overdue DESC, c.hospital_code LIMIT 50""";

    static final String NATIONAL_SQL = STEPS_SQL.replace("$SCOPE", "") + """
            SELECT c.prefecture_code, agg.next, count(*) AS cases, count(*) FILTER (WHERE agg.overdue) AS overdue
              FROM agg JOIN survey_case c ON c.id = agg.id GROUP BY 1, 2""";

    record Measured(List<Long> ms, int bytes) {
    }

    static Measured measure(PageBenchmark.Call call) throws Exception {
        for (int i = 0; i < 3; i++) {
            call.bytes();
        }
        List<Long> ms = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            bytes = call.bytes();
            ms.add((System.nanoTime() - start) / 1_000_000);
        }
        return new Measured(ms, bytes);
    }

    static void report(String what, Measured m) {
        PageBenchmark.Result r = new PageBenchmark.Result(m.ms(), 0, m.bytes());
        System.out.printf("| %s | %d ms | %d ms | %,d %s |%n", what, r.percentile(50), r.percentile(95), m.bytes(),
                what.startsWith("plain SQL") || what.startsWith("in the app") ? "rows" : "B");
    }
}
