package jp.mamori.inventory.sheet;

import java.util.Arrays;
import java.util.Optional;

import jp.mamori.nomination.form.FormText;

/** The columns of the 外部接続点台帳, in sheet order; the header text is the contract with filled sheets. */
public enum SheetColumn {
    ID("ID", Kind.ID, 0, 10),
    PURPOSE("用途", Kind.CHOICE, 0, 24),
    COUNTERPART("接続先（相手方）", Kind.TEXT, 200, 28),
    SYSTEM("対象システム", Kind.TEXT, 200, 20),
    LINE("回線種別", Kind.CHOICE, 0, 18),
    VENDOR("機器ベンダー", Kind.TEXT, 200, 18),
    PRODUCT("製品名", Kind.TEXT, 200, 20),
    VERSION("バージョン", Kind.TEXT, 100, 12),
    ADDRESS("アドレス", Kind.TEXT, 200, 18),
    ALWAYS_ON("常時接続", Kind.YES_NO, 0, 10),
    OPENED_BY("接続開始者", Kind.TEXT, 200, 16),
    AUTHENTICATION("認証方式", Kind.CHOICE, 0, 14),
    SOURCE_RESTRICTED("接続元制限", Kind.YES_NO, 0, 11),
    LOGGING("アクセスログ", Kind.YES_NO, 0, 11),
    LOG_REVIEWED("ログ確認", Kind.YES_NO, 0, 10),
    LAST_PATCHED_ON("最終パッチ適用日", Kind.DATE, 0, 14),
    KNOWN_BEFORE("調査前から把握", Kind.YES_NO, 0, 12),
    STATUS("状態", Kind.CHOICE, 0, 16),
    NOTE("備考", Kind.NOTE, 2000, 36);

    enum Kind { ID, CHOICE, TEXT, NOTE, YES_NO, DATE }

    private final String header;
    private final Kind kind;
    private final int maxChars;
    private final int width;

    SheetColumn(String header, Kind kind, int maxChars, int width) {
        this.header = header;
        this.kind = kind;
        this.maxChars = maxChars;
        this.width = width;
    }

    public String header() {
        return header;
    }

    /** The longest text the column takes, in characters (code points); 0 for columns that are not free text. */
    public int maxChars() {
        return maxChars;
    }

    Kind kind() {
        return kind;
    }

    int width() {
        return width;
    }

    boolean freeText() {
        return kind == Kind.TEXT || kind == Kind.NOTE;
    }

    /** The column a header cell names; width and spaces do not matter (接続先(相手方) is 接続先（相手方）). */
    static Optional<SheetColumn> forHeader(String text) {
        String compact = FormText.compact(text);
        return Arrays.stream(values()).filter(c -> FormText.compact(c.header).equals(compact)).findFirst();
    }
}
