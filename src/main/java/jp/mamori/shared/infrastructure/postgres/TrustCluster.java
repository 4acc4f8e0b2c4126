package jp.mamori.shared.infrastructure.postgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installations started before our launcher have a cluster zonky created with "trust" for everyone.
 * Their data stays: the superuser gets its password in single-user mode (no connection is accepted
 * meanwhile), and pg_hba.conf is rewritten before the server listens again.
 */
final class TrustCluster {

    private static final Logger log = LoggerFactory.getLogger(TrustCluster.class);

    private TrustCluster() {
    }

    static boolean isTrusting(Path pg) throws IOException {
        Path hba = pg.resolve("pg_hba.conf");
        if (!Files.exists(hba)) {
            return true;
        }
        for (String line : Files.readAllLines(hba, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (!l.startsWith("#") && List.of(l.split("\\s+")).contains("trust")) {
                return true;
            }
        }
        return false;
    }

    static void convert(EmbeddedCluster.Process runner, ClusterLayout layout, DbSecrets secrets) throws IOException {
        Path pg = layout.pg();
        log.warn("Converting the embedded PostgreSQL cluster in {} from trusted connections to passwords", pg);
        Files.writeString(pg.resolve("pg_hba.conf"), EmbeddedCluster.HBA, StandardCharsets.UTF_8);
        List<String> cmd = new ArrayList<>(List.of("postgres", "--single", "-D", pg.toString()));
        for (String option : ServerSettings.common()) {
            cmd.addAll(List.of(option.split(" ", 2)));
        }
        cmd.add(EmbeddedCluster.SUPERUSER);
        runner.run(cmd, "ALTER ROLE " + EmbeddedCluster.SUPERUSER + " PASSWORD '" + secrets.superuser() + "';\n");
    }
}
