package jp.mamori.nomination.form;

/**
 * The columns of the form, in the order the export writes them. The header text is the contract;
 * the import finds columns by it, in any order.
 */
public enum FormColumn {
    RANK("rank", "支援の順位", true),
    HOSPITAL_CODE("hospitalCode", "医療機関コード", true),
    HOSPITAL_NAME("hospitalName", "病院名", true),
    BEDS("beds", "許可病床数", true),
    EMR("emr", "電子カルテ導入状況", true),
    /** Required in a row whose EMR status is 導入予定. */
    EMR_PLANNED_DATE("emrPlannedDate", "電子カルテ導入予定時期", false),
    RENEWAL_PLANNED("renewalPlanned", "院内情報システム更改予定", true),
    /** Required in a row whose renewal is planned (あり). */
    ONSITE_EXPECTED_BY("onsiteExpectedBy", "現地調査完了見込み時期", false),
    PREVIOUS_YEAR("previousYear", "前年度事業の参加状況", true),
    SUPPORT("support", "希望する支援内容", true),
    CONSENT("consent", "病院の同意", true),
    RANK_REASON("rankReason", "順位付けの理由", false),
    CONTACT1_DEPARTMENT("contact1Department", "担当者1所属", true),
    CONTACT1_NAME("contact1Name", "担当者1氏名", true),
    CONTACT1_PHONE("contact1Phone", "担当者1電話番号", true),
    CONTACT1_EMAIL("contact1Email", "担当者1メールアドレス", true),
    CONTACT2_DEPARTMENT("contact2Department", "担当者2所属", true),
    CONTACT2_NAME("contact2Name", "担当者2氏名", true),
    CONTACT2_PHONE("contact2Phone", "担当者2電話番号", true),
    CONTACT2_EMAIL("contact2Email", "担当者2メールアドレス", true),
    CONTACT3_DEPARTMENT("contact3Department", "担当者3所属", false),
    CONTACT3_NAME("contact3Name", "担当者3氏名", false),
    CONTACT3_PHONE("contact3Phone", "担当者3電話番号", false),
    CONTACT3_EMAIL("contact3Email", "担当者3メールアドレス", false),
    NOTE("note", "備考", false);

    private final String key;
    private final String header;
    private final boolean required;

    FormColumn(String key, String header, boolean required) {
        this.key = key;
        this.header = header;
        this.required = required;
    }

    /** The field name used in code and JSON (rank, hospitalCode, ..., contact2Email, note). */
    public String key() {
        return key;
    }

    /** The exact header text of the form. */
    public String header() {
        return header;
    }

    /** Whether the column must be present in an upload (MISSING_COLUMN otherwise). */
    public boolean required() {
        return required;
    }
}
