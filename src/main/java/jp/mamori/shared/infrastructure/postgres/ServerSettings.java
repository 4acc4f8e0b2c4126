package jp.mamori.shared.infrastructure.postgres;

import java.util.ArrayList;
import java.util.List;

/**
 * The server's settings, on the command line so that neither postgresql.conf nor ALTER SYSTEM can
 * weaken them: a write the app confirmed survives a crash of the machine.
 */
final class ServerSettings {

    private ServerSettings() {
    }

    static List<String> options(int port, String socketDir) {
        List<String> o = new ArrayList<>(common());
        o.add("-p " + port);
        o.add("-c listen_addresses=localhost");
        o.add("-c unix_socket_directories='" + socketDir + "'");
        o.add("-c unix_socket_permissions=0700");
        o.add("-c max_connections=50");
        return o;
    }

    /** Also for single-user mode (converting a trusting cluster). */
    static List<String> common() {
        return List.of("-c fsync=on", "-c synchronous_commit=on", "-c full_page_writes=on",
                "-c password_encryption=scram-sha-256", "-c timezone=UTC");
    }
}
