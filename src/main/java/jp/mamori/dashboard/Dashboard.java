package jp.mamori.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * The progress of a program at a glance (api.md "Dashboard"). {@code fillRate} is selected ÷ capacity
 * nationally and active prefecture-slot selections ÷ quota per prefecture (null for a quota of 0).
 */
public record Dashboard(National national, List<PrefectureRow> prefectures, List<Day> history, List<BandRow> bands,
                        List<SubmissionRow> submissions) {

    public record National(int capacity, int selected, int waitlisted, int ineligible, int withdrawn, Double fillRate) {
    }

    public record PrefectureRow(String prefectureCode, String name, int quota, int selected, int waitlisted, int ineligible,
                                int withdrawn, int openSlots, Double fillRate, int designationCandidates) {
    }

    public record Day(LocalDate date, int selected) {
    }

    /** Fill by bed-size band: the program's own bands with their quotas, or fixed ranges without quotas. */
    public record BandRow(String band, Integer minBeds, Integer maxBeds, Integer quota, int selected, int waitlisted,
                          Double fillRate) {
    }

    public record SubmissionRow(String prefectureCode, String state, int nominations) {
    }
}
