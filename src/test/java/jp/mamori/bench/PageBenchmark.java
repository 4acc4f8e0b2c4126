package jp.mamori.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.mamori.MamoriApplication;
import jp.mamori.nomination.NominationService;
import jp.mamori.program.ProgramService;
import jp.mamori.registry.Hospital;
import jp.mamori.registry.Registry;
import jp.mamori.security.NewUser;
import jp.mamori.security.Role;
import jp.mamori.security.UserAccountService;
import jp.mamori.selection.SelectionService;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.support.AsUser;
import jp.mamori.support.Forms;
import jp.mamori.support.TestData;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Page-level benchmark (not a test: no assertions, figures for the README), on the national data of
 * {@link NationalBenchmark} (46 prefecture lists, 3,254 rows, both fills run), only against localhost.
 * Run with: bench/run pages (-Dbench.saturation=false runs only the deadline day)
 *
 * 1. Saturation: Tokyo's pages (dashboard, nomination list, selection page) and the ministry's decision list, each
 *    requested back to back by {@code CLIENTS} logged-in clients → pages/s, median and 95th percentile; beside them
 *    the same data as JSON from the API (the plain baseline of the same work).
 * 2. Deadline day: {@code USERS} prefecture users, each logged in with its own session, spread over the prefectures
 *    (Tokyo's share by hospital count), each opening {@code REQUESTS_PER_USER} pages of a realistic mix with a
 *    random 1–3 s think time between them, bounded by {@code MAX_SECONDS} → pages/s and latencies per page.
 */
public final class PageBenchmark {

    static final int CLIENTS = Integer.getInteger("bench.clients", 4);
    static final int SATURATION_REQUESTS = Integer.getInteger("bench.requests", 120);
    static final int USERS = Integer.getInteger("bench.users", 100);
    static final int REQUESTS_PER_USER = Integer.getInteger("bench.perUser", 10);
    static final int MAX_SECONDS = Integer.getInteger("bench.maxSeconds", 90);
    static final String PASSWORD = "Bench-Pass-Word-2026";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

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
        Registry registry = app.getBean(Registry.class);
        NominationService nominations = app.getBean(NominationService.class);
        SelectionService selection = app.getBean(SelectionService.class);
        String base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();

        String pid = AsUser.admin(() -> NationalBenchmark.program(app.getBean(ProgramService.class), registry));
        Map<String, List<Hospital>> lists = NationalBenchmark.nationalNominations(registry);
        for (Map.Entry<String, List<Hospital>> e : lists.entrySet()) {
            byte[] form = Forms.workbook("ベンチマーク", new PrefectureCode(e.getKey()), Forms.eligibleRows(e.getValue()));
            AsUser.admin(() -> nominations.upload(pid, new PrefectureCode(e.getKey()), form, "bench.xlsx", "API"));
        }
        AsUser.admin(() -> {
            selection.fill(pid, SelectionService.Scope.PREFECTURES);
            return selection.fill(pid, SelectionService.Scope.NATIONAL);
        });
        System.out.printf("Data: %d prefectures, %d nominations (Tokyo %d)%n", lists.size(),
                lists.values().stream().mapToInt(List::size).sum(), lists.get("13").size());

        List<String> prefectureOfUser = users(app.getBean(UserAccountService.class), lists);
        Session admin = Session.login(base, "admin", "Bench-Kanri-Pass-1");
        Session tokyo = Session.login(base, "bench-13-0", PASSWORD);
        String token = NationalBenchmark.token(HttpClient.newHttpClient(), Integer.parseInt(base.replaceAll(".*:", "")));

        if (Boolean.parseBoolean(System.getProperty("bench.saturation", "true"))) {
            saturation(base, pid, admin, tokyo, token);
        }
        System.out.printf("%n2. Deadline day: %d prefecture users with own sessions, %d pages each, think time 1–3 s (at most %d s)%n",
                USERS, REQUESTS_PER_USER, MAX_SECONDS);
        deadlineDay(base, pid, prefectureOfUser);
    }

    static void saturation(String base, String pid, Session admin, Session tokyo, String token) throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("dashboard (Tokyo)", "/programs/" + pid + "/dashboard");
        pages.put("nomination list (Tokyo)", "/programs/" + pid + "/prefectures/13/nominations");
        pages.put("selection page (Tokyo)", "/programs/" + pid + "/prefectures/13/selection");
        pages.put("national decision list (ministry)", "/programs/" + pid + "/selection/decisions");
        Map<String, String> json = new LinkedHashMap<>();
        json.put("dashboard (Tokyo)", "/api/v1/programs/" + pid + "/dashboard");
        json.put("nomination list (Tokyo)", "/api/v1/programs/" + pid + "/prefectures/13/nominations");
        json.put("selection page (Tokyo)", "/api/v1/programs/" + pid + "/selection");
        json.put("national decision list (ministry)", "/api/v1/programs/" + pid + "/selection");

        System.out.printf("%n1. Saturation: %d clients back to back, %d requests per page (after %d warm-up)%n", CLIENTS,
                SATURATION_REQUESTS, SATURATION_REQUESTS / 4);
        System.out.println("| page | HTML size | pages/s | median | p95 | JSON size | JSON/s | JSON median | JSON p95 |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        String tokyoToken = NationalBenchmark.tokenOf(HttpClient.newHttpClient(), base, "bench-13-0", PASSWORD);
        for (Map.Entry<String, String> p : pages.entrySet()) {
            boolean national = p.getKey().contains("ministry");
            Session who = national ? admin : tokyo;
            Result html = saturate(() -> who.get(p.getValue()));
            String bearer = national ? token : tokyoToken;
            Result api = saturate(() -> bearer(base + json.get(p.getKey()), bearer));
            System.out.printf("| %s | %,d B | %.1f | %d ms | %d ms | %,d B | %.1f | %d ms | %d ms |%n", p.getKey(), html.bytes,
                    html.perSecond(), html.percentile(50), html.percentile(95), api.bytes, api.perSecond(),
                    api.percentile(50), api.percentile(95));
        }
    }

    /** {@code USERS} accounts spread over the prefectures by their list's length (Tokyo gets the most). */
    static List<String> users(UserAccountService accounts, Map<String, List<Hospital>> lists) {
        int rows = lists.values().stream().mapToInt(List::size).sum();
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, List<Hospital>> e : lists.entrySet()) {
            int n = Math.max(1, (int) Math.round((double) USERS * e.getValue().size() / rows));
            for (int i = 0; i < n && out.size() < USERS; i++) {
                out.add(e.getKey());
            }
        }
        while (out.size() < USERS) {
            out.add("13");
        }
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (String pref : out) {
            int i = seen.merge(pref, 1, Integer::sum) - 1;
            String username = "bench-" + pref + "-" + i;
            accounts.createUnchecked(new NewUser(username, PASSWORD, Role.PREFECTURE, new PrefectureCode(pref), null,
                    "bench", "ベンチ", null));
            names.add(pref + ":" + username);
        }
        return names;
    }

    static void deadlineDay(String base, String pid, List<String> users) throws Exception {
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        Map<String, Integer> errors = new ConcurrentHashMap<>();
        // users log in over the morning, not in one second (a login is a deliberately slow Argon2 hash): sessions first
        ExecutorService logins = Executors.newFixedThreadPool(2);
        List<Future<Session>> sessions = new ArrayList<>();
        for (String u : users) {
            sessions.add(logins.submit(() -> Session.login(base, u.substring(3), PASSWORD)));
        }
        List<Session> loggedIn = new ArrayList<>();
        for (Future<Session> f : sessions) {
            loggedIn.add(f.get());
        }
        logins.shutdown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(MAX_SECONDS);
        ExecutorService pool = Executors.newFixedThreadPool(users.size());
        List<Future<?>> running = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int n = 0; n < users.size(); n++) {
            String pref = users.get(n).substring(0, 2);
            Session s = loggedIn.get(n);
            running.add(pool.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                for (int i = 0; i < REQUESTS_PER_USER && System.nanoTime() < deadline; i++) {
                    Thread.sleep(1000 + random.nextInt(2000));
                    int pick = random.nextInt(100);
                    // a deadline day: the list first, then the decisions and the progress
                    String kind = pick < 40 ? "nomination list" : pick < 75 ? "selection page" : "dashboard";
                    String path = switch (kind) {
                        case "nomination list" -> "/programs/" + pid + "/prefectures/" + pref + "/nominations";
                        case "selection page" -> "/programs/" + pid + "/prefectures/" + pref + "/selection";
                        default -> "/programs/" + pid + "/dashboard";
                    };
                    long start = System.nanoTime();
                    int status = s.status(path);
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    String key = kind + ("13".equals(pref) ? " (Tokyo)" : "");
                    if (status != 200) {
                        errors.merge(key, 1, Integer::sum);
                    }
                    latencies.computeIfAbsent(key, k -> Collections.synchronizedList(new ArrayList<>())).add(ms);
                    latencies.computeIfAbsent("all pages", k -> Collections.synchronizedList(new ArrayList<>())).add(ms);
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        System.out.println("| page | requests | median | p95 | max | not 200 |");
        System.out.println("|---|---|---|---|---|---|");
        latencies.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Result r = new Result(e.getValue(), 0, 0);
            System.out.printf("| %s | %d | %d ms | %d ms | %d ms | %d |%n", e.getKey(), e.getValue().size(), r.percentile(50),
                    r.percentile(95), r.percentile(100), errors.getOrDefault(e.getKey(), 0));
        });
        System.out.printf("%d pages in %.1f s: %.1f pages/s offered by %d users%n", latencies.get("all pages").size(), seconds,
                latencies.get("all pages").size() / seconds, users.size());
    }

    interface Call {
        int bytes() throws Exception;
    }

    static Result saturate(Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (Future<?> f : submit(pool, call, SATURATION_REQUESTS / 4, new ArrayList<>())) {
                f.get();
            }
            List<Long> ms = Collections.synchronizedList(new ArrayList<>());
            long t0 = System.nanoTime();
            List<Future<?>> all = submit(pool, call, SATURATION_REQUESTS, ms);
            int bytes = 0;
            for (Future<?> f : all) {
                bytes = (Integer) f.get();
            }
            return new Result(ms, (System.nanoTime() - t0) / 1e9, bytes);
        } finally {
            pool.shutdown();
        }
    }

    static List<Future<?>> submit(ExecutorService pool, Call call, int n, List<Long> ms) {
        List<Future<?>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(pool.submit(() -> {
                long start = System.nanoTime();
                int bytes = call.bytes();
                ms.add((System.nanoTime() - start) / 1_000_000);
                return bytes;
            }));
        }
        return out;
    }

    static int bearer(String url, String token) throws Exception {
        HttpResponse<byte[]> r = Session.HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " → " + r.statusCode());
        }
        return r.body().length;
    }

    record Result(List<Long> ms, double seconds, int bytes) {
        double perSecond() {
            return ms.size() / seconds;
        }

        long percentile(int p) {
            List<Long> s = new ArrayList<>(ms);
            s.sort(Long::compare);
            int rank = (int) Math.ceil(p / 100.0 * s.size());
            return s.get(Math.max(0, Math.min(s.size(), rank) - 1));
        }
    }

    /** A browser's session: its own cookies, logged in through the login form with its CSRF token. */
    record Session(String base, HttpClient http) {
        static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        static Session login(String base, String username, String password) throws Exception {
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
            String page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = CSRF.matcher(page);
            if (!m.find()) {
                throw new IllegalStateException("no CSRF token on /login");
            }
            String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            String location = r.headers().firstValue("Location").orElse("");
            if (r.statusCode() != 302 || location.contains("error")) {
                throw new IllegalStateException("login of " + username + " failed: " + r.statusCode() + " " + location);
            }
            return new Session(base, http);
        }

        int get(String path) throws Exception {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + " → " + r.statusCode());
            }
            return r.body().length;
        }

        int status(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        }

        private static String enc(String s) {
            return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
