package jp.mamori.dashboard;

import java.util.List;
import java.util.Map;

/**
 * The survey's figures for one scope (national, or one prefecture), in api-survey.md's shape. A null figure is
 * suppressed (SuppressionPolicy): it rests on fewer than {@code minCell} hospitals, or would let one be worked out.
 */
public record SurveyStatisticsView(int minCell, Cases cases, List<PrefectureCases> prefectures, Connections connections,
                                   FindingFigures findings, BackupFigures backup, List<ChecklistRow> checklist) {

    /** Case states are not confidential: counted as they are, withdrawn cases included. */
    public record Cases(Map<String, Long> byState, long overdue) {
    }

    public record PrefectureCases(String prefectureCode, long cases, long delivered, long overdue) {
    }

    /** {@code unknownBeforeShare}: points unknown before the survey over those whose answer is known, 0–1. */
    public record Connections(Map<String, Long> byPurpose, Map<String, Long> byLine, Double unknownBeforeShare) {
    }

    public record FindingFigures(Map<String, Long> bySeverity, Map<String, Long> byRule) {
    }

    public record BackupFigures(Map<String, Long> byDecision) {
    }

    /** Hospitals answering はい / いいえ / 該当なし on one answer key ({@code itemId}, or {@code itemId@S} per target). */
    public record ChecklistRow(String edition, String itemId, String respondent, Long yes, Long no, Long na) {
    }
}
