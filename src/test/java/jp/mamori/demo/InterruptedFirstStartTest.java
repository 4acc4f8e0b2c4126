package jp.mamori.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Item 4, the real scenario: the app is started in its own JVM on a fresh data folder, killed hard two seconds
 * into the demo part of the first-start set-up (after "Started", once the registry and program are in), and
 * started again on the same folder. The second run
 * must finish the set-up: the demo accounts exist once each, the demo program has nominations and decisions, and
 * the second run printed the demo passwords (which then work). A third start finds everything done.
 */
class InterruptedFirstStartTest {

    static final String ADMIN_PASSWORD = "Kill-Test-Kanri-2026";
    static final Pattern DEMO_PASSWORD = Pattern.compile("^\\s+(demo-[a-z]+) \\(.*\\)\\s+password: (\\S+)\\s*$");
    static final List<String> DEMO_ACCOUNTS = List.of("demo-mhlw", "demo-tokyo", "demo-miyagi", "demo-hospital",
            "demo-contractor", "demo-auditor", "demo-staff", "demo-sub", "demo-surveyed");

    final Path dataDir = Path.of("target", "first-start-" + UUID.randomUUID()).toAbsolutePath();
    final List<App> started = new ArrayList<>();
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    /** Stops what still runs and keeps each run's output next to its data, to see where the kill landed. */
    @AfterEach
    void stopAll() throws InterruptedException, IOException {
        for (int i = 0; i < started.size(); i++) {
            started.get(i).stop();
            java.nio.file.Files.write(dataDir.resolve("run-" + (i + 1) + ".log"), started.get(i).output());
        }
    }

    @Test
    void aFirstStartKilledHalfWayIsCompletedByTheNextStart() throws Exception {
        App first = start();
        first.awaitLine("Started MamoriApplication", 300);
        // The set-up runs after "Started". The reported start was killed once the demo accounts existed and before
        // the demo data (item 4: 7 accounts, no data); on a busy machine 0.5 s after "Started" ends inside the
        // administrator step, so the kill is timed from the last step before the demo: 2 s in, the accounts are made.
        first.awaitLine("Demo: program FY2025 created", 300);
        Thread.sleep(2000);
        first.process.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
        assertThat(first.output()).as("the kill interrupted the set-up before the demo passwords")
                .noneMatch(l -> l.contains("Demo accounts"));

        App second = start();
        second.awaitLine("Demo: nominations, fills, a withdrawal and a designation ready", 400);
        second.awaitLine("Demo: survey cases ready", 400);
        assertThat(second.output()).as("what the first run finished is not done again")
                .noneMatch(l -> l.contains("Demo: loaded")).noneMatch(l -> l.contains("Demo: program FY2025 created"));
        Map<String, String> passwords = printedPasswords(second.output());
        assertThat(passwords.keySet()).as("the second run printed every demo password").containsExactlyElementsOf(DEMO_ACCOUNTS);

        String token = token(second, "demo-mhlw", passwords.get("demo-mhlw"));
        List<String> usernames = new ArrayList<>();
        get(second, token, "/api/v1/users").get("users").forEach(u -> usernames.add(u.get("username").asText()));
        assertThat(usernames).as("the administrator and each demo account, once").hasSize(DEMO_ACCOUNTS.size() + 1)
                .contains("admin").containsAll(DEMO_ACCOUNTS);
        for (String account : DEMO_ACCOUNTS) {
            assertThat(token(second, account, passwords.get(account))).as(account + " logs in with its printed password").isNotBlank();
        }
        assertThat(get(second, token, "/api/v1/programs/FY2025/prefectures/13/nominations").get("nominations")).isNotEmpty();
        List<String> statuses = new ArrayList<>();
        List<String> origins = new ArrayList<>();
        get(second, token, "/api/v1/programs/FY2025/selection").get("decisions").forEach(d -> {
            statuses.add(d.get("status").asText());
            origins.add(d.get("origin").asText());
        });
        assertThat(statuses).contains("SELECTED", "INELIGIBLE", "WITHDRAWN");
        assertThat(statuses).filteredOn("WITHDRAWN"::equals).hasSize(1);
        assertThat(origins).filteredOn("DESIGNATION"::equals).hasSize(1);
        second.stop();

        App third = start();
        third.awaitLine("Started MamoriApplication", 300);
        String again = token(third, "demo-mhlw", passwords.get("demo-mhlw"));
        assertThat(get(third, again, "/api/v1/users").get("users")).as("nothing created twice").hasSize(DEMO_ACCOUNTS.size() + 1);
        assertThat(third.output()).as("a completed set-up prints no passwords again").noneMatch(l -> l.contains("Demo accounts"));
    }

    private App start() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                // the scheduled jobs as the test profile has them: off
                "-Dmamori.notify.jobs-enabled=false", "-Dmamori.mail.sender-enabled=false",
                "jp.mamori.MamoriApplication");
        pb.environment().put("MAMORI_DATA_DIR", dataDir.toString());
        pb.environment().put("MAMORI_DEMO", "true");
        pb.environment().put("SERVER_PORT", String.valueOf(port));
        pb.environment().put("MAMORI_ADMIN_PASSWORD", ADMIN_PASSWORD);
        pb.environment().put("MAMORI_SMTP_HOST", "");
        pb.environment().remove("MAMORI_DB_URL");
        pb.redirectErrorStream(true);
        App app = new App(pb.start(), port);
        started.add(app);
        return app;
    }

    static Map<String, String> printedPasswords(List<String> output) {
        Map<String, String> passwords = new LinkedHashMap<>();
        for (String line : output) {
            Matcher m = DEMO_PASSWORD.matcher(line);
            if (m.matches()) {
                passwords.put(m.group(1), m.group(2));
            }
        }
        return passwords;
    }

    private String token(App app, String username, String password) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(app.uri("/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("username", username, "password", password))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("login of " + username + ": " + r.body()).isEqualTo(200);
        return json.readTree(r.body()).get("token").asText();
    }

    private JsonNode get(App app, String token, String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(app.uri(path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return json.readTree(r.body());
    }

    /** One child JVM running the app, its output kept line by line. */
    static final class App {
        final Process process;
        final int port;
        private final List<String> lines = new CopyOnWriteArrayList<>();
        private final Object changed = new Object();

        App(Process process, int port) {
            this.process = process;
            this.port = port;
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                        synchronized (changed) {
                            changed.notifyAll();
                        }
                    }
                } catch (IOException ended) {
                    // the process was killed
                }
                synchronized (changed) {
                    changed.notifyAll();
                }
            }, "child-output-" + port);
            reader.setDaemon(true);
            reader.start();
        }

        URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        List<String> output() {
            return List.copyOf(lines);
        }

        void awaitLine(String text, int seconds) throws InterruptedException {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            synchronized (changed) {
                while (lines.stream().noneMatch(l -> l.contains(text))) {
                    long left = until - System.nanoTime();
                    if (left <= 0 || !process.isAlive() && lines.stream().noneMatch(l -> l.contains(text))) {
                        if (!process.isAlive()) {
                            Thread.sleep(200); // the last lines
                        }
                        throw new AssertionError("no line \"" + text + "\" from the app (alive: " + process.isAlive()
                                + "); its output:\n" + String.join("\n", lines));
                    }
                    changed.wait(Math.min(TimeUnit.NANOSECONDS.toMillis(left) + 1, 1000));
                }
            }
        }

        /** A graceful stop, so the embedded database stops with it. */
        void stop() throws InterruptedException {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(90, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
            }
        }
    }
}
