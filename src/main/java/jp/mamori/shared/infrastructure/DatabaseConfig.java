package jp.mamori.shared.infrastructure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database: an external PostgreSQL when MAMORI_DB_URL is set, otherwise an embedded
 * PostgreSQL 17 whose files live under MAMORI_DATA_DIR so data survives restarts.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfig.class);
    static final String DATABASE = "mamori";

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(MamoriProperties properties) throws IOException {
        if (properties.db().external()) {
            return EmbeddedDatabase.none();
        }
        Path dir = properties.dataDir().resolve("pg").toAbsolutePath().normalize();
        Files.createDirectories(dir);
        StalePostmaster.stopIfRunning(dir);
        long started = System.nanoTime();
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", "50")
                .setServerConfig("timezone", "UTC")
                .setLocaleConfig("locale", "C.UTF-8")
                .start();
        createDatabaseIfMissing(pg);
        log.info("Embedded PostgreSQL 17 ready on port {} with data in {} ({} ms)", pg.getPort(), dir,
                (System.nanoTime() - started) / 1_000_000);
        return new EmbeddedDatabase(pg);
    }

    @Bean
    DataSource dataSource(MamoriProperties properties, EmbeddedDatabase embedded) {
        HikariConfig config = new HikariConfig();
        if (properties.db().external()) {
            config.setJdbcUrl(properties.db().url());
            config.setUsername(properties.db().user());
            config.setPassword(properties.db().password());
        } else {
            EmbeddedPostgres pg = embedded.postgres();
            config.setJdbcUrl(pg.getJdbcUrl("postgres", DATABASE));
            config.setUsername("postgres");
        }
        config.setPoolName("mamori");
        // batches of inserts (decisions, nominations, the registry) go as multi-row statements
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.setMaximumPoolSize(10);
        config.setConnectionInitSql("SET TIME ZONE 'UTC'");
        return new HikariDataSource(config);
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres pg) throws IOException {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IOException("Could not create the database " + DATABASE, e);
        }
    }

    /** Holder so the embedded server is closed after the pool that uses it. */
    record EmbeddedDatabase(EmbeddedPostgres postgres) implements AutoCloseable {
        static EmbeddedDatabase none() {
            return new EmbeddedDatabase(null);
        }

        @Override
        public void close() throws IOException {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}
