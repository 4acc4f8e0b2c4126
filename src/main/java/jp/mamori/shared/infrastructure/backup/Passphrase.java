package jp.mamori.shared.infrastructure.backup;

import java.io.Console;
import java.util.Arrays;

import jp.mamori.shared.TextRules;

/** The operator's passphrase: MAMORI_BACKUP_PASSPHRASE or asked on the console (twice for a new backup). */
public final class Passphrase {

    public static final int MIN_LENGTH = 12;

    private Passphrase() {
    }

    public static char[] obtain(boolean confirm) {
        String env = System.getenv("MAMORI_BACKUP_PASSPHRASE");
        if (env != null && !env.isEmpty()) {
            return validate(env.toCharArray());
        }
        Console console = System.console();
        if (console == null) {
            throw new BackupException("パスフレーズを入力できません。環境変数 MAMORI_BACKUP_PASSPHRASE を設定するか、端末から実行して"
                    + "ください。 / No console: set MAMORI_BACKUP_PASSPHRASE.");
        }
        char[] first = console.readPassword("バックアップのパスフレーズ（" + MIN_LENGTH + "文字以上） / passphrase: ");
        if (first == null) {
            throw new BackupException("パスフレーズが入力されませんでした。 / No passphrase given.");
        }
        if (confirm) {
            char[] again = console.readPassword("もう一度入力してください / again: ");
            if (again == null || !Arrays.equals(first, again)) {
                throw new BackupException("2回入力したパスフレーズが一致しません。 / The passphrases differ.");
            }
        }
        return validate(first);
    }

    public static char[] validate(char[] passphrase) {
        String s = new String(passphrase);
        if (s.codePointCount(0, s.length()) < MIN_LENGTH) {
            throw new BackupException("パスフレーズは" + MIN_LENGTH + "文字以上にしてください。 / The passphrase needs at least "
                    + MIN_LENGTH + " characters.");
        }
        TextRules.firstForbidden(s, false).ifPresent(v -> {
            throw new BackupException("パスフレーズの" + v.position() + "文字目に使えない文字（" + v.reason() + "）があります。");
        });
        return passphrase;
    }
}
