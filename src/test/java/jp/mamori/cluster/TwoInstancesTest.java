package jp.mamori.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jp.mamori.MamoriApplication;
import jp.mamori.jobs.JobRuns;
import jp.mamori.notify.NotificationJobs;
import jp.mamori.registry.Hospital;
import jp.mamori.registry.Registry;
import jp.mamori.registry.RegistryService;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.support.Forms;
import jp.mamori.support.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two Mamori instances on one external PostgreSQL, as behind a load balancer: a browser session opened on
 * one is valid on the other and ends on both when the admin changes the account; the daily job runs once;
 * uploads of one prefecture on both instances apply one after the other; a fill on one is read on the other.
 */
class TwoInstancesTest {

    static final String ADMIN_PASSWORD = "Cluster-Kanri-Pass-2026";
    static final ObjectMapper JSON = new ObjectMapper();
    static final String FILE_KEY = java.util.Base64.getEncoder().encodeToString(new byte[32]);

    static EmbeddedPostgres server;
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startTwoInstances() throws Exception {
        server = ExternalPostgres.start(Path.of("target/cluster-pg"));
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            // the README's recipe for an external database: an owner that migrates, an app role that only works
            s.execute("CREATE ROLE mamori_owner LOGIN PASSWORD 'owner-secret-2026'");
            s.execute("CREATE ROLE mamori_app LOGIN PASSWORD 'app-secret-2026'");
            s.execute("CREATE DATABASE mamori OWNER mamori_owner ENCODING 'UTF8' TEMPLATE template0");
        }
        try (Connection c = server.getDatabase("postgres", "mamori").getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER SCHEMA public OWNER TO mamori_owner");
            s.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC");
            s.execute("REVOKE ALL ON DATABASE mamori FROM PUBLIC");
            s.execute("GRANT CONNECT ON DATABASE mamori TO mamori_app");
        }
        String url = "jdbc:postgresql://localhost:" + server.getPort() + "/mamori";
        a = instance(url);
        b = instance(url);
    }

    static ConfigurableApplicationContext instance(String url) {
        // command-line arguments: they outrank application.yml, as the environment variables would
        return new SpringApplicationBuilder(MamoriApplication.class)
                .profiles("test")
                .run("--server.port=0",
                        "--mamori.db.url=" + url,
                        "--mamori.db.user=mamori_app",
                        "--mamori.db.password=app-secret-2026",
                        "--mamori.db.migration-user=mamori_owner",
                        "--mamori.db.migration-password=owner-secret-2026",
                        "--mamori.admin-password=" + ADMIN_PASSWORD,
                        // instances sharing a database share the key that encrypts its documents (README)
                        "--mamori.documents.file-key=" + FILE_KEY,
                        "--mamori.demo=false");
    }

    @AfterAll
    static void stop() throws IOException {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
        if (server != null) {
            server.close();
        }
    }

    static String base(ConfigurableApplicationContext ctx) {
        return "http://localhost:" + ctx.getEnvironment().getProperty("local.server.port");
    }

    /** Form login on one instance, as a browser does: the login page's CSRF token, then the post. */
    static String loginCookie(ConfigurableApplicationContext ctx, String username, String password) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base(ctx) + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = cookie(page);
        Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
        assertThat(m.find()).as("CSRF field on the login page").isTrue();
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(base(ctx) + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return cookie(posted);
    }

    static String cookie(HttpResponse<?> r) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("MAMORI_SESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow(() -> new AssertionError("no session cookie"));
    }

    static int getPage(ConfigurableApplicationContext ctx, String path, String cookie) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base(ctx) + path)).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String token(ConfigurableApplicationContext ctx, String username, String password) throws Exception {
        HttpResponse<String> r = json(ctx, "POST", "/api/v1/auth/token", null,
                Map.of("username", username, "password", password));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).get("token").asText();
    }

    static HttpResponse<String> json(ConfigurableApplicationContext ctx, String method, String path, String token,
                                     Object body) throws Exception {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(base(ctx) + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            req.header("Authorization", "Bearer " + token);
        }
        return http.send(req.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aSessionOpenedOnOneInstanceIsValidOnTheOther() throws Exception {
        String cookie = loginCookie(a, "admin", ADMIN_PASSWORD);
        assertThat(getPage(a, "/", cookie)).isEqualTo(200);
        assertThat(getPage(b, "/", cookie)).isEqualTo(200);
        assertThat(getPage(b, "/", "MAMORI_SESSION=forged")).isEqualTo(302);
    }

    @Test
    void anAdminsChangeOnOneInstanceEndsTheSessionOnTheOther() throws Exception {
        String admin = token(b, "admin", ADMIN_PASSWORD);
        HttpResponse<String> created = json(b, "POST", "/api/v1/users", admin, Map.of("username", "cluster-tokyo",
                "password", "Tokyo-Cluster-Kagi-77", "role", "PREFECTURE", "prefectureCode", "13"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String cookie = loginCookie(a, "cluster-tokyo", "Tokyo-Cluster-Kagi-77");
        assertThat(getPage(a, "/", cookie)).isEqualTo(200);

        HttpResponse<String> moved = json(b, "PUT", "/api/v1/users/cluster-tokyo", admin, Map.of("prefectureCode", "27"));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);

        assertThat(getPage(a, "/", cookie)).as("the old session is gone on the other instance too").isEqualTo(302);
    }

    @Test
    void uploadsOfOnePrefectureOnBothInstancesApplyOneAfterTheOtherAndAFillOnOneIsReadOnTheOther() throws Exception {
        a.getBean(RegistryService.class).importUnchecked(TestData.bundledRegistry(), "cluster-test");
        String admin = token(a, "admin", ADMIN_PASSWORD);
        String program = "CL" + System.nanoTime() % 100000;
        HttpResponse<String> saved = json(a, "PUT", "/api/v1/programs/" + program, admin, Map.of(
                "name", "クラスタ試験", "fiscalYear", 2025, "ruleSet", "FY2025", "nationalCapacity", 20,
                "submissionDeadline", LocalDate.now().plusDays(30).toString(), "onsiteCompletionDeadline", "2027-01-31",
                "quotas", List.of(Map.of("prefectureCode", "13", "quota", 3))));
        assertThat(saved.statusCode()).as(saved.body()).isIn(200, 201);
        List<Hospital> tokyo = a.getBean(Registry.class).hospitalsIn(new PrefectureCode("13")).stream()
                .filter(h -> h.beds() != null && h.beds() >= 20).limit(6).toList();
        String path = "/api/v1/programs/" + program + "/prefectures/13/nominations";
        HttpResponse<String> first = upload(a, path, admin, Forms.workbook("クラスタ試験", new PrefectureCode("13"),
                Forms.eligibleRows(tokyo.subList(0, 5))));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);

        // two people export the list, each from another instance, and upload their edits at the same moment
        byte[] fromA = bytes(a, path + ".xlsx", admin);
        byte[] fromB = bytes(b, path + ".xlsx", admin);
        List<HttpResponse<String>> results = both(() -> upload(a, path, admin, fromA), () -> upload(b, path, admin, fromB));
        assertThat(results).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
        assertThat(results).filteredOn(r -> r.statusCode() == 409).first()
                .satisfies(r -> assertThat(r.body()).contains("STALE_FORM"));

        HttpResponse<String> fill = json(a, "POST", "/api/v1/programs/" + program + "/selection/fill", admin,
                Map.of("scope", "PREFECTURES"));
        assertThat(fill.statusCode()).as(fill.body()).isEqualTo(200);
        JsonNode onB = read(json(b, "GET", "/api/v1/programs/" + program + "/selection", admin, null));
        assertThat(onB.at("/summary/selected").asInt()).isEqualTo(3);
        assertThat(read(json(a, "GET", "/api/v1/programs/" + program + "/selection", admin, null)).at("/decisions"))
                .isEqualTo(onB.at("/decisions"));
    }

    @Test
    void theDailyJobFiredOnBothInstancesRunsOnce() throws Exception {
        List<Optional<Integer>> runs = both(() -> a.getBean(NotificationJobs.class).runDailyOnce(),
                () -> b.getBean(NotificationJobs.class).runDailyOnce());
        assertThat(runs).filteredOn(Optional::isPresent).hasSize(1);
        assertThat(runs).filteredOn(Optional::isEmpty).hasSize(1);
        assertThat(a.getBean(JobRuns.class).runs(NotificationJobs.DAILY)).hasSize(1);
        assertThat(b.getBean(NotificationJobs.class).runDailyOnce()).isEmpty();
    }

    static HttpResponse<String> upload(ConfigurableApplicationContext ctx, String path, String token, byte[] file)
            throws Exception {
        String boundary = "----mamori" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"list.xlsx\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + file.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(file, 0, body, head.length, file.length);
        System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
        return http.send(HttpRequest.newBuilder(URI.create(base(ctx) + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static byte[] bytes(ConfigurableApplicationContext ctx, String path, String token) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base(ctx) + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    static <T> List<T> both(Callable<T> onA, Callable<T> onB) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<T> fa = pool.submit(onA);
            Future<T> fb = pool.submit(onB);
            return List.of(fa.get(), fb.get());
        } finally {
            pool.shutdownNow();
        }
    }

    static JsonNode read(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }
}
