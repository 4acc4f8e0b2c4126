package jp.mamori.shared.infrastructure.backup;

import java.nio.file.Path;
import java.util.Arrays;

import jp.mamori.shared.infrastructure.MamoriProperties;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar mamori.jar backup FILE} and {@code restore FILE}: read the app's settings (no web
 * server, no jobs, no migration of the running database) and run the one command.
 */
public final class BackupCommand {

    private BackupCommand() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
    }

    /** The exit status: 0 done, 1 refused or failed (the reason is printed), 2 wrong usage. */
    public static int run(String[] args) {
        if (args.length < 2) {
            System.err.println("使い方 / usage: java -jar mamori.jar backup FILE | restore FILE");
            return 2;
        }
        boolean backup = args[0].equals("backup");
        Path file = Path.of(args[1]);
        MamoriProperties properties = settings(Arrays.copyOfRange(args, 2, args.length));
        try {
            char[] passphrase = Passphrase.obtain(backup);
            if (backup) {
                Backups.backup(properties, file, passphrase);
                System.out.println("バックアップを作成しました / backup written: " + file.toAbsolutePath());
            } else {
                Backups.restore(properties, file, passphrase);
                System.out.println("復元しました / restored from: " + file.toAbsolutePath());
            }
            return 0;
        } catch (BackupException e) {
            System.err.println(e.getMessage());
            return 1;
        } catch (Exception e) {
            System.err.println((backup ? "バックアップ" : "復元") + "に失敗しました / failed: " + e);
            e.printStackTrace();
            return 1;
        }
    }

    private static MamoriProperties settings(String[] springArgs) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Settings.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(springArgs)) {
            return context.getBean(MamoriProperties.class);
        }
    }

    /** Only the settings: application.yml and the environment, bound as the app binds them (not scanned). */
    @EnableConfigurationProperties(MamoriProperties.class)
    static class Settings {
    }
}
