package jp.mamori.shared.infrastructure.postgres;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Our own launcher for the embedded PostgreSQL 17 (zonky only supplies the binaries): the cluster
 * never trusts anybody (SCRAM passwords from the first initdb on), writes durably, listens on
 * localhost and on a socket in a private directory, and the app gets a role that is no superuser.
 */
public final class EmbeddedCluster implements AutoCloseable {

    public static final String DATABASE = "mamori";
    public static final String SUPERUSER = "postgres";
    public static final String OWNER = "mamori_owner";
    public static final String APP = "mamori_app";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedCluster.class);
    private static final int MAX_SOCKET_PATH = 107;
    static final String HBA = """
            # Written by Mamori on every start: every connection needs a password (SCRAM).
            local   all   all                 scram-sha-256
            host    all   all   127.0.0.1/32  scram-sha-256
            host    all   all   ::1/128       scram-sha-256
            """;

    private final ClusterLayout layout;
    private final Path binaries;
    private final DbSecrets secrets;
    private final int port;
    private final boolean startedHere;

    private EmbeddedCluster(ClusterLayout layout, Path binaries, DbSecrets secrets, int port, boolean startedHere) {
        this.layout = layout;
        this.binaries = binaries;
        this.secrets = secrets;
        this.port = port;
        this.startedHere = startedHere;
    }

    /** Creates the cluster on the first start (or converts one a trusting launcher made), then starts it. */
    public static EmbeddedCluster start(ClusterLayout layout) throws IOException {
        long t0 = System.nanoTime();
        Files.createDirectories(layout.dataDir());
        DbSecrets secrets = DbSecrets.loadOrCreate(layout.dbSecrets());
        Path binaries = PostgresBinaries.unpack(layout.binariesCache());
        Path pg = layout.pg();
        StalePostmaster.stopIfRunning(pg);
        Process runner = new Process(binaries);
        if (!Files.exists(pg.resolve("PG_VERSION"))) {
            initdb(runner, layout, secrets);
        } else if (TrustCluster.isTrusting(pg)) {
            TrustCluster.convert(runner, layout, secrets);
        }
        Files.writeString(pg.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
        int port = freePort();
        Path socketDir = OwnerOnly.directory(layout.socketDir());
        List<String> options = ServerSettings.options(port, socketDirOrNone(socketDir, port));
        runner.run(List.of("pg_ctl", "-D", pg.toString(), "-l", pg.resolve("server.log").toString(), "-w",
                "-t", "120", "-o", String.join(" ", options), "start"), null);
        EmbeddedCluster cluster = new EmbeddedCluster(layout, binaries, secrets, port, true);
        try {
            ClusterRoles.ensure(cluster);
        } catch (SQLException | RuntimeException e) {
            cluster.close();
            throw new IOException("Could not prepare the roles and database of the embedded PostgreSQL", e);
        }
        log.info("Embedded PostgreSQL 17 ready on port {} with data in {} ({} ms)", port, pg,
                (System.nanoTime() - t0) / 1_000_000);
        return cluster;
    }

    /** The server another process (the running app) started on this data folder, if one runs. */
    public static Optional<EmbeddedCluster> attach(ClusterLayout layout) throws IOException {
        Path pidFile = layout.pg().resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 4) {
            return Optional.empty();
        }
        long pid;
        int port;
        try {
            pid = Long.parseLong(lines.get(0).trim());
            port = Integer.parseInt(lines.get(3).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isEmpty()) {
            return Optional.empty();
        }
        DbSecrets secrets = DbSecrets.load(layout.dbSecrets());
        return Optional.of(new EmbeddedCluster(layout, null, secrets, port, false));
    }

    private static void initdb(Process runner, ClusterLayout layout, DbSecrets secrets) throws IOException {
        Path pg = OwnerOnly.directory(layout.pg());
        Path pwfile = layout.dbSecrets().resolve(".initdb-pw");
        OwnerOnly.write(pwfile, secrets.superuser().getBytes(StandardCharsets.UTF_8));
        try {
            runner.run(List.of("initdb", "-D", pg.toString(), "-U", SUPERUSER, "--auth=scram-sha-256",
                    "--pwfile=" + pwfile, "-E", "UTF8", "--locale=C.UTF-8"), null);
        } finally {
            Files.deleteIfExists(pwfile);
        }
        log.info("Created the embedded PostgreSQL cluster in {} (SCRAM passwords, no trusted connections)", pg);
    }

    /** '' (no socket at all) when the private socket's path would be longer than the OS allows. */
    private static String socketDirOrNone(Path dir, int port) {
        String path = dir.toString();
        int bytes = (path + "/.s.PGSQL." + port).getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_SOCKET_PATH
                || path.contains("'") || path.contains("\\") || path.contains(" ")) {
            log.warn("The socket directory {} cannot be used; the embedded PostgreSQL listens on localhost only", dir);
            return "";
        }
        return path;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    public ClusterLayout layout() {
        return layout;
    }

    public DbSecrets secrets() {
        return secrets;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    public Connection connect(String database, String role) throws SQLException {
        String password = switch (role) {
            case SUPERUSER -> secrets.superuser();
            case OWNER -> secrets.owner();
            case APP -> secrets.app();
            default -> throw new IllegalArgumentException(role);
        };
        return DriverManager.getConnection(jdbcUrl(database), role, password);
    }

    /** Stops the server if this process started it (a server the running app owns is left alone). */
    @Override
    public void close() throws IOException {
        if (!startedHere) {
            return;
        }
        new Process(binaries).run(List.of("pg_ctl", "-D", layout.pg().toString(), "-m", "fast", "-w", "-t", "60",
                "stop"), null);
    }

    /** Runs a PostgreSQL program; as root inside a user namespace, since PostgreSQL refuses to run as root. */
    static final class Process {
        private final Path binaries;

        Process(Path binaries) {
            this.binaries = binaries;
        }

        void run(List<String> command, String stdin) throws IOException {
            List<String> full = new ArrayList<>();
            if (OwnerOnly.currentUid() == 0) {
                full.addAll(List.of("unshare", "-U"));
            }
            full.add(binaries.resolve("bin").resolve(command.get(0)).toString());
            full.addAll(command.subList(1, command.size()));
            ProcessBuilder pb = new ProcessBuilder(full).redirectErrorStream(true);
            pb.environment().put("LC_ALL", "C.UTF-8");
            java.lang.Process p = pb.start();
            if (stdin != null) {
                try (OutputStream in = p.getOutputStream()) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            } else {
                p.getOutputStream().close();
            }
            // pg_ctl start leaves the server holding our stdout, so read what is there without waiting for EOF
            StringBuilder output = new StringBuilder();
            Thread reader = new Thread(() -> {
                try {
                    output.append(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException ignored) {
                    // the output only helps diagnose a failure
                }
            });
            reader.setDaemon(true);
            reader.start();
            try {
                if (!p.waitFor(180, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IOException(command.get(0) + " did not finish");
                }
                reader.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(command.get(0) + " interrupted", e);
            }
            if (p.exitValue() != 0) {
                throw new IOException(command.get(0) + " failed (exit " + p.exitValue() + "): " + output);
            }
        }
    }
}
