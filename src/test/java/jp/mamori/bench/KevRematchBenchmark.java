package jp.mamori.bench;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jp.mamori.MamoriApplication;
import jp.mamori.inventory.KevAliasFile;
import jp.mamori.inventory.KevCatalogueFile;
import jp.mamori.inventory.KevRematch;
import jp.mamori.inventory.domain.ConnectionPoint;
import jp.mamori.inventory.domain.Device;
import jp.mamori.inventory.domain.KevAlias;
import jp.mamori.inventory.domain.KevAliases;
import jp.mamori.inventory.domain.KevEntry;
import jp.mamori.inventory.domain.KevMatchRule;
import jp.mamori.inventory.domain.PointStatus;
import jp.mamori.inventory.domain.Purpose;
import jp.mamori.inventory.domain.RuleInput;
import jp.mamori.inventory.domain.Suggestion;
import jp.mamori.program.ProgramInput;
import jp.mamori.program.ProgramService;
import jp.mamori.support.AsUser;
import jp.mamori.support.TestData;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The KEV rematch stored, at national scale (not a test: figures for the README). Run with: bench/run kev (or bench/run rematch for this one alone)
 *
 * Its own app and embedded PostgreSQL; 2,000 open cases × 20 connection points inserted by SQL with the device mix
 * of {@link KevBenchmark} (one in eight a real KEV product as typed in a hearing), held by 10 contractors. Each
 * round clears the cases' KEV_MATCH findings (as if the catalogue just loaded listed all their CVEs for the first
 * time) and times:
 * <ol>
 *   <li>the app: {@link KevRematch#rematchOpenCases()} in one transaction, as a KEV load runs it (open cases, each
 *       case's inventory and questionnaire, compare with the live findings, insert, history, audit, one mail per case);</li>
 *   <li>the baseline: one query for every point of every open case, {@link KevMatchRule} over the naive loop of
 *       {@link KevBenchmark.Naive}, the findings and their history inserted in two batches (no comparison with
 *       earlier findings, no audit, no mail).</li>
 * </ol>
 */
public final class KevRematchBenchmark {

    static final int CASES = KevBenchmark.CASES;
    static final int POINTS = KevBenchmark.DEVICES_PER_CASE;
    static final int ROUNDS = Integer.getInteger("bench.rounds", 3);

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build();

    public static void main(String[] args) throws Exception {
        Path data = Path.of("target/bench-pg/" + UUID.randomUUID());
        ConfigurableApplicationContext app = new SpringApplication(MamoriApplication.class).run(
                "--mamori.demo=false", "--mamori.data-dir=" + data, "--mamori.admin-password=Bench-Kanri-Pass-1",
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
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        JdbcTemplate template = app.getBean(JdbcTemplate.class);
        TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        KevRematch rematch = app.getBean(KevRematch.class);
        String pid = seed(app, jdbc, template);

        KevCatalogueFile.Catalogue catalogue = KevCatalogueFile.parse(KevBenchmark.resource("reference/kev/known_exploited_vulnerabilities.json"));
        List<KevEntry> entries = catalogue.entries().stream().map(KevCatalogueFile.Row::entry).toList();
        KevAliases aliases = new KevAliases(KevAliasFile.parse(KevBenchmark.resource("reference/kev/aliases.json"), KevAlias.Origin.SHIPPED));
        KevBenchmark.Naive naive = new KevBenchmark.Naive(entries, aliases);

        long[] appMs = new long[ROUNDS];
        long[] plainMs = new long[ROUNDS];
        int appRaised = 0;
        int plainRaised = 0;
        for (int round = 0; round <= ROUNDS; round++) {
            clear(jdbc, pid);
            long t0 = System.nanoTime();
            appRaised = AsUser.admin(() -> tx.execute(s -> rematch.rematchOpenCases()));
            long t1 = System.nanoTime();
            long stored = count(jdbc, pid);
            clear(jdbc, pid);
            long t2 = System.nanoTime();
            plainRaised = tx.execute(s -> baseline(jdbc, template, naive));
            long t3 = System.nanoTime();
            if (stored != appRaised || count(jdbc, pid) != plainRaised || appRaised != plainRaised) {
                throw new IllegalStateException("app raised " + appRaised + " (stored " + stored + "), baseline " + plainRaised);
            }
            if (round == 0) {
                System.out.printf("Warm-up: %d suggestions both ways (app %d ms, baseline %d ms)%n", appRaised,
                        (t1 - t0) / 1_000_000, (t3 - t2) / 1_000_000);
                continue;
            }
            System.out.printf("round %d: app %d ms; baseline %d ms (read %d, naive match %d, batch insert %d)%n", round,
                    (t1 - t0) / 1_000_000, (t3 - t2) / 1_000_000, PHASES[0], PHASES[1], PHASES[2]);
            appMs[round - 1] = (t1 - t0) / 1_000_000;
            plainMs[round - 1] = (t3 - t2) / 1_000_000;
        }
        System.out.printf("%d cases × %d points, %d KEV_MATCH suggestions stored per round%n", CASES, POINTS, appRaised);
        System.out.printf("KevRematch.rematchOpenCases(), stored: median %d ms (%s)%n", KevBenchmark.median(appMs),
                java.util.Arrays.toString(appMs));
        System.out.printf("plain Java + SQL baseline (one read, naive loop, batch insert): median %d ms (%s)%n",
                KevBenchmark.median(plainMs), java.util.Arrays.toString(plainMs));
    }

    /** The program, 10 contractors, 2,000 cases and their 40,000 points; the program's id. */
    static String seed(ConfigurableApplicationContext app, JdbcClient jdbc, JdbcTemplate template) {
        app.getBean(TestData.class).ensureRegistry();
        String pid = "K" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        AsUser.admin(() -> {
            app.getBean(ProgramService.class).saveUnchecked(pid, new ProgramInput("KEV ベンチマーク " + pid, 2025, "FY2025", 2000,
                    LocalDate.now().plusDays(30).toString(), "2026-01-31", null, null, List.of(), false, List.of(), null, null));
            return null;
        });
        for (int o = 0; o < 10; o++) {
            jdbc.sql("INSERT INTO organization (id, name, kind, email) VALUES (:id, :name, 'CONTRACTOR', :mail)")
                    .param("id", pid.toLowerCase() + "-" + o).param("name", "ベンチ調査 " + o + " 株式会社")
                    .param("mail", pid.toLowerCase() + "-" + o + "@example.jp").update();
        }
        int cases = jdbc.sql("""
                INSERT INTO survey_case (program_id, hospital_code, prefecture_code, organization_id)
                SELECT :p, code, prefecture_code, lower(:p) || '-' || (row_number() OVER (ORDER BY code) % 10)
                  FROM hospital ORDER BY code LIMIT :n""").param("p", pid).param("n", CASES).update();
        List<Long> ids = jdbc.sql("SELECT id FROM survey_case WHERE program_id = :p ORDER BY id").param("p", pid).query(Long.class).list();
        List<KevBenchmark.Device> devices = KevBenchmark.devices(new Random(20261202L));
        List<Object[]> rows = new ArrayList<>(devices.size());
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < devices.size(); i++) {
            KevBenchmark.Device d = devices.get(i);
            rows.add(new Object[] {ids.get(i / POINTS), "REMOTE_MAINTENANCE", "保守センター " + (i % 37), "システム " + (i % POINTS),
                    "INTERNET_VPN", d.vendor(), d.product(), "1." + (i % 9), "HEARING", now, "bench", now, "bench"});
        }
        template.batchUpdate("""
                INSERT INTO connection_point (case_id, purpose, counterpart, system, line, device_vendor, device_product,
                  device_version, status, created_at, created_by, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        System.out.printf("Seeded %d cases, %d points%n", cases, rows.size());
        return pid;
    }

    /** Where the baseline's time went in its last round, in ms: read, match, insert. */
    static final long[] PHASES = new long[3];

    static int baseline(JdbcClient jdbc, JdbcTemplate template, KevBenchmark.Naive naive) {
        long t0 = System.nanoTime();
        Map<Long, List<ConnectionPoint>> byCase = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT p.id, p.case_id, p.counterpart, p.system, p.device_vendor, p.device_product, p.device_version, p.status
                  FROM connection_point p JOIN survey_case c ON c.id = p.case_id
                 WHERE c.withdrawn_at IS NULL AND NOT EXISTS (SELECT 1 FROM survey_case_step s
                        WHERE s.case_id = c.id AND s.step = 'DELIVERY' AND s.done_on IS NOT NULL)
                 ORDER BY p.case_id, p.id""")
                .query(rs -> {
                    long caseId = rs.getLong("case_id");
                    byCase.computeIfAbsent(caseId, k -> new ArrayList<>()).add(new ConnectionPoint(rs.getLong("id"), caseId,
                            Purpose.REMOTE_MAINTENANCE, rs.getString("counterpart"), rs.getString("system"), null,
                            new Device(rs.getString("device_vendor"), rs.getString("device_product"), rs.getString("device_version"), null),
                            null, null, null, null, null, null, null, null, PointStatus.valueOf(rs.getString("status")), null));
                });
        long t1 = System.nanoTime();
        KevMatchRule rule = new KevMatchRule();
        LocalDate today = LocalDate.now();
        Timestamp at = Timestamp.from(Instant.now());
        List<Object[]> findings = new ArrayList<>();
        for (Map.Entry<Long, List<ConnectionPoint>> e : byCase.entrySet()) {
            for (Suggestion s : rule.apply(new RuleInput(e.getValue(), Map.of(), naive::matches, today))) {
                findings.add(new Object[] {e.getKey(), s.connectionId(), s.rule(), s.severity().name(), s.title(), s.description(),
                        s.recommendation(), s.reference(), "SUGGESTED", write(s.evidence()), write(s.basis()), at, "system"});
            }
        }
        long t2 = System.nanoTime();
        template.batchUpdate("""
                INSERT INTO finding (case_id, connection_id, rule, severity, title, description, recommendation, reference,
                  state, evidence, basis, created_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?)""", findings);
        jdbc.sql("""
                INSERT INTO finding_history (finding_id, at, changed_by, to_state)
                SELECT id, created_at, 'system', 'SUGGESTED' FROM finding WHERE rule = 'KEV_MATCH' AND created_at = :at""")
                .param("at", at).update();
        long t3 = System.nanoTime();
        PHASES[0] = (t1 - t0) / 1_000_000;
        PHASES[1] = (t2 - t1) / 1_000_000;
        PHASES[2] = (t3 - t2) / 1_000_000;
        return findings.size();
    }

    static void clear(JdbcClient jdbc, String pid) {
        jdbc.sql("""
                DELETE FROM finding_history WHERE finding_id IN (SELECT f.id FROM finding f JOIN survey_case c ON c.id = f.case_id
                 WHERE c.program_id = :p AND f.rule = 'KEV_MATCH')""").param("p", pid).update();
        jdbc.sql("DELETE FROM finding f USING survey_case c WHERE c.id = f.case_id AND c.program_id = :p AND f.rule = 'KEV_MATCH'")
                .param("p", pid).update();
    }

    static long count(JdbcClient jdbc, String pid) {
        return jdbc.sql("""
                SELECT count(*) FROM finding f JOIN survey_case c ON c.id = f.case_id
                 WHERE c.program_id = :p AND f.rule = 'KEV_MATCH' AND f.withdrawn_at IS NULL""")
                .param("p", pid).query(Long.class).single();
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
