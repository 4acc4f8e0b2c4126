package jp.mamori.survey.document;

/** What a survey document is (api-survey.md, Documents). */
public enum DocumentKind {
    NETWORK_DIAGRAM,
    SYSTEM_DIAGRAM,
    MEMORANDUM,
    VENDOR_CHECKLIST,
    REPORT,
    OTHER
}
