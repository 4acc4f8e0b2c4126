package jp.mamori.shared.infrastructure.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A previous run killed without shutdown leaves its postmaster holding the data directory;
 * the next start would fail, so that server is stopped first.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

    private StalePostmaster() {
    }

    static void stopIfRunning(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> handle = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (handle.isEmpty()) {
            return;
        }
        log.warn("Stopping a PostgreSQL server left running by an earlier start (pid {})", pid);
        ProcessHandle p = handle.get();
        p.destroy();
        try {
            p.onExit().get(Duration.ofSeconds(20).toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            p.destroyForcibly();
        }
    }
}
