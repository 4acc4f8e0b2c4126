package jp.mamori.selection;

import java.util.List;

import jp.mamori.selection.domain.Decision;

/** A decision in the API's shape (api.md), with the English explanation and the withdrawal details added. */
public record DecisionView(String hospitalCode, String prefectureCode, int rank, String status, String slot, String origin,
                           String band, Integer waitlistPosition, List<String> reasons, String explanation,
                           String explanationEn, String withdrawalReason, String replaces) {

    public static DecisionView of(Decision d) {
        return new DecisionView(d.hospitalCode().value(), d.prefectureCode().value(), d.rank(), d.status().name(),
                d.slot() == null ? null : d.slot().name(), d.origin() == null ? null : d.origin().name(), d.band(),
                d.waitlistPosition(), d.reasons().stream().map(Enum::name).toList(), d.explanationJa(), d.explanationEn(),
                d.withdrawalReason(), d.replaces() == null ? null : d.replaces().value());
    }
}
