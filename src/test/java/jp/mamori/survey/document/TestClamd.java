package jp.mamori.survey.document;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

/**
 * A real clamd for tests, with its own config, one self-made signature (EICAR) and nothing downloaded
 * (freshclam never runs). Installed by .ci/run: apt-get install -y clamav-daemon.
 */
public final class TestClamd implements AutoCloseable {

    public static final String SIGNATURE = "Mamori.Test.EICAR";

    private final Process process;
    private final int port;
    private final Path dir;
    public final long startMillis;

    private TestClamd(Process process, int port, Path dir, long startMillis) {
        this.process = process;
        this.port = port;
        this.dir = dir;
        this.startMillis = startMillis;
    }

    /** The EICAR test file, put together here so this source file is itself no signature match. */
    public static byte[] eicar() {
        String s = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + "EICAR-STANDARD-" + "ANTIVIRUS-" + "TEST-FILE!$H+H*";
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    public static TestClamd start(Path dir) throws IOException, InterruptedException {
        Path clamd = executable();
        Path db = Files.createDirectories(dir.resolve("db"));
        Files.writeString(db.resolve("mamori-test.ndb"), SIGNATURE + ":0:*:" + HexFormat.of().formatHex(eicar()) + "\n");
        int port = freePort();
        Path config = dir.resolve("clamd.conf");
        Files.writeString(config, String.join("\n",
                "Foreground yes",
                "TCPSocket " + port,
                "TCPAddr 127.0.0.1",
                "DatabaseDirectory " + db,
                "TemporaryDirectory " + Files.createDirectories(dir.resolve("tmp")),
                "LogFile " + dir.resolve("clamd.log"),
                "StreamMaxLength 30M",
                "MaxThreads 2",
                "SelfCheck 3600",
                "") );
        long started = System.nanoTime();
        Process process = new ProcessBuilder(clamd.toString(), "--config-file=" + config)
                .redirectErrorStream(true).redirectOutput(dir.resolve("clamd.out").toFile()).start();
        TestClamd running = null;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("clamd stopped at start-up: " + Files.readString(dir.resolve("clamd.out")));
                }
                if ("PONG".equals(ask(port, "zPING\0"))) {
                    running = new TestClamd(process, port, dir, (System.nanoTime() - started) / 1_000_000);
                    return running;
                }
                Thread.sleep(100);
            }
            throw new IllegalStateException("clamd did not answer PING within 90 s");
        } finally {
            if (running == null) {
                process.destroyForcibly();
            }
        }
    }

    public int port() {
        return port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** A port nobody listens on (taken and released). */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String ask(int port, String command) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            socket.setSoTimeout(2000);
            socket.getOutputStream().write(command.getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            StringBuilder reply = new StringBuilder();
            int b;
            while ((b = in.read()) > 0) {
                reply.append((char) b);
            }
            return reply.toString().trim();
        } catch (IOException e) {
            return null;
        }
    }

    private static Path executable() {
        for (String candidate : new String[] {"/usr/sbin/clamd", "/usr/bin/clamd", "/usr/local/sbin/clamd"}) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        throw new IllegalStateException("clamd がありません。apt-get install -y clamav-daemon でインストールしてください（.ci/run はインストールします）。");
    }
}
