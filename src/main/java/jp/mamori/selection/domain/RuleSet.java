package jp.mamori.selection.domain;

/** Which year's eligibility table a program applies (selection.md §1). */
public enum RuleSet {
    FY2024,
    FY2025
}
