package jp.mamori.shared.infrastructure;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jp.mamori.shared.infrastructure.postgres.DatabaseGrants;
import jp.mamori.shared.infrastructure.postgres.EmbeddedCluster;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database: an external PostgreSQL when MAMORI_DB_URL is set, otherwise our embedded
 * PostgreSQL 17 whose files live under MAMORI_DATA_DIR so data survives restarts. The pool uses
 * the app's role; Flyway migrates as the owner (or MAMORI_DB_MIGRATION_USER), which then grants
 * the app only what it needs.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(MamoriProperties properties) throws IOException {
        if (properties.db().external()) {
            return EmbeddedDatabase.none();
        }
        return new EmbeddedDatabase(EmbeddedCluster.start(properties.clusterLayout()));
    }

    @Bean
    DataSource dataSource(MamoriProperties properties, EmbeddedDatabase embedded) {
        HikariConfig config = new HikariConfig();
        DbLogin app = DbLogin.app(properties, embedded.cluster());
        config.setJdbcUrl(app.url());
        config.setUsername(app.user());
        config.setPassword(app.password());
        config.setPoolName("mamori");
        // batches of inserts (decisions, nominations, the registry) go as multi-row statements
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        config.setMaximumPoolSize(10);
        config.setConnectionInitSql("SET TIME ZONE 'UTC'");
        return new HikariDataSource(config);
    }

    @Bean
    FlywayConfigurationCustomizer migrationLogin(MamoriProperties properties, EmbeddedDatabase embedded) {
        DbLogin migration = DbLogin.migration(properties, embedded.cluster());
        return configuration -> configuration.dataSource(migration.url(), migration.user(), migration.password());
    }

    @Bean
    FlywayMigrationStrategy migrateThenGrant(MamoriProperties properties, EmbeddedDatabase embedded) {
        DbLogin app = DbLogin.app(properties, embedded.cluster());
        DbLogin migration = DbLogin.migration(properties, embedded.cluster());
        return flyway -> {
            flyway.migrate();
            if (migration.user().equals(app.user())) {
                return;
            }
            try (Connection c = flyway.getConfiguration().getDataSource().getConnection()) {
                DatabaseGrants.apply(c, app.user());
            } catch (SQLException e) {
                throw new IllegalStateException("Could not grant the app's database role its privileges", e);
            }
        };
    }

    /** Holder so the embedded server is closed after the pool that uses it. */
    record EmbeddedDatabase(EmbeddedCluster cluster) implements AutoCloseable {
        static EmbeddedDatabase none() {
            return new EmbeddedDatabase(null);
        }

        @Override
        public void close() throws IOException {
            if (cluster != null) {
                cluster.close();
            }
        }
    }
}
