package jp.mamori.shared;

/** Which year's eligibility table a program applies (selection.md §1). */
public enum RuleSet {
    FY2024,
    FY2025
}
