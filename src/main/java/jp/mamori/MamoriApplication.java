package jp.mamori;

import jp.mamori.shared.infrastructure.backup.BackupCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MamoriApplication {

    public static void main(String[] args) {
        // backup and restore run before (and instead of) the web app, its jobs and its migrations
        if (BackupCommand.handles(args)) {
            System.exit(BackupCommand.run(args));
        }
        SpringApplication.run(MamoriApplication.class, args);
    }
}
