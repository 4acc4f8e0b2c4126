package jp.mamori.report.domain;

/** Where one version of a case's report stands: written, approved by a second account, or frozen at delivery. */
public enum VersionState {
    DRAFT, APPROVED, DELIVERED
}
