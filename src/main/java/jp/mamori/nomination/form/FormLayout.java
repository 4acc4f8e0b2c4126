package jp.mamori.nomination.form;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The stable layout of the nomination form (nomination-form.md). */
public final class FormLayout {

    public static final String SHEET_NAME = "支援対象病院リスト";
    /** The export's second sheet: the prefecture's registry hospitals to pick from. Ignored by the import. */
    public static final String REGISTRY_SHEET_NAME = "登録病院一覧";
    public static final String TITLE = "セキュリティー確保事業支援対象病院リスト";
    /** The header row is the first row holding a cell with this text. */
    public static final String KEY_HEADER = FormColumn.HOSPITAL_CODE.header();
    /** The header must be within this many rows from the top. */
    public static final int HEADER_SEARCH_ROWS = 50;
    public static final int CONTACT_SLOTS = 3;
    public static final int REQUIRED_CONTACTS = 2;

    private static final Map<String, FormColumn> BY_HEADER = Arrays.stream(FormColumn.values())
            .collect(Collectors.toUnmodifiableMap(c -> FormText.compact(c.header()), Function.identity()));

    private FormLayout() {
    }

    public static List<FormColumn> columns() {
        return List.of(FormColumn.values());
    }

    /** Header text as typed (full-width digits, spaces, line breaks inside the cell) → its column. */
    public static Optional<FormColumn> columnFor(String headerText) {
        return Optional.ofNullable(BY_HEADER.get(FormText.compact(headerText)));
    }

    /** The four columns of contact {@code slot} (1-3): 所属, 氏名, 電話番号, メールアドレス. */
    public static List<FormColumn> contactColumns(int slot) {
        int first = FormColumn.CONTACT1_DEPARTMENT.ordinal() + (slot - 1) * 4;
        if (slot < 1 || slot > CONTACT_SLOTS) {
            throw new IllegalArgumentException("contact slot " + slot);
        }
        FormColumn[] all = FormColumn.values();
        return List.of(all[first], all[first + 1], all[first + 2], all[first + 3]);
    }
}
