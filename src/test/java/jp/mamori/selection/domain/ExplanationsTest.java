package jp.mamori.selection.domain;

import static jp.mamori.selection.domain.Fixtures.TOKYO;
import static jp.mamori.selection.domain.Fixtures.candidate;
import static jp.mamori.selection.domain.Fixtures.code;
import static jp.mamori.selection.domain.Fixtures.decision;
import static jp.mamori.selection.domain.Fixtures.eligible;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.mamori.shared.EmrStatus;

class ExplanationsTest {

    private final SelectionBook book = SelectionBook.empty(Fixtures::names);

    private static SelectionRules quota(int q) {
        return Fixtures.unbanded(2000, Map.of(TOKYO, q));
    }

    @Test
    void aSelectionNamesItsRankTheQuotaAndThePositionItTook() {
        SelectionRules rules = quota(45);
        book.submit(rules, TOKYO, List.of(eligible(TOKYO, 1, 1), eligible(TOKYO, 2, 2), eligible(TOKYO, 3, 3)));
        book.fillPrefecture(rules, TOKYO);

        Decision d = decision(book, TOKYO, 3);
        assertThat(d.explanationJa()).isEqualTo("順位3位：東京都の枠45のうち3番目として選定");
        assertThat(d.explanationEn()).isEqualTo("Rank 3: selected as no. 3 of the quota of 45 for prefecture 13");
    }

    @Test
    void aBandedSelectionNamesItsBandAndItsPlaceInIt() {
        SelectionRules rules = Fixtures.banded(2000, false, Map.of(TOKYO, Map.of("S", 30, "L", 15)));
        book.submit(rules, TOKYO, List.of(candidate(TOKYO, 1, 1).beds(50).build(),
                candidate(TOKYO, 2, 2).beds(60).build(), candidate(TOKYO, 3, 3).beds(400).build()));
        book.fillPrefecture(rules, TOKYO);

        assertThat(decision(book, TOKYO, 3).explanationJa()).isEqualTo("順位3位：東京都の枠45のうち3番目として選定（帯L：枠15のうち1番目）");
        assertThat(decision(book, TOKYO, 3).explanationEn()).endsWith("(band L: no. 1 of 15)");
    }

    @Test
    void withoutPrefectureNamesItSaysThisPrefecture() {
        SelectionBook plain = SelectionBook.empty();
        SelectionRules rules = quota(45);
        plain.submit(rules, TOKYO, List.of(eligible(TOKYO, 1, 1)));
        plain.fillPrefecture(rules, TOKYO);

        assertThat(decision(plain, TOKYO, 1).explanationJa()).isEqualTo("順位1位：この都道府県の枠45のうち1番目として選定");
    }

    @Test
    void anIneligibleHospitalIsToldEveryReasonInPlainJapaneseWithTheValues() {
        SelectionRules rules = quota(45);
        book.submit(rules, TOKYO, List.of(candidate(TOKYO, 4, 4).beds(15).consent(false).build()));

        Decision d = decision(book, TOKYO, 4);
        assertThat(d.explanationJa()).isEqualTo("順位4位：対象外：同意が未取得、病床数が20床未満（15床）");
        assertThat(d.explanationEn()).isEqualTo("Rank 4: not eligible: the hospital has not consented, fewer than 20 beds (15)");
    }

    @Test
    void datesInReasonsAreWrittenInWareki() {
        SelectionRules fy2025 = quota(45);
        SelectionRules fy2024 = Fixtures.fy2024().quota(TOKYO, 45).build();
        Candidate late = candidate(TOKYO, 1, 1).renewalPlanned(true).onsiteExpectedBy(LocalDate.of(2026, 2, 28))
                .emr(EmrStatus.PLANNED).emrPlannedDate(LocalDate.of(2025, 4, 1)).build();

        assertThat(Explanations.reasonJa(fy2025, late, ReasonCode.ONSITE_AFTER_DEADLINE))
                .isEqualTo("システム更改予定ありで現地調査完了見込み（令和8年2月28日）が期限（令和8年1月31日）より後");
        assertThat(Explanations.reasonJa(fy2024, late, ReasonCode.EMR_PLANNED_TOO_LATE))
                .isEqualTo("電子カルテの導入予定時期（令和7年4月1日）が期限（令和7年3月31日）より後");
        assertThat(Explanations.reasonJa(fy2025, late, ReasonCode.NO_EMR)).isEqualTo("電子カルテが未導入（導入予定は対象外）");
    }

    @Test
    void aSelectionNamesUpToThreeSkippedIneligibleHospitalsThenCountsTheRest() {
        SelectionRules rules = quota(45);
        List<Candidate> list = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            list.add(candidate(TOKYO, i, i).consent(false).build());
        }
        list.set(1, candidate(TOKYO, 2, 2).beds(15).consent(false).build());
        list.add(eligible(TOKYO, 6, 6));
        book.submit(rules, TOKYO, list);
        book.fillPrefecture(rules, TOKYO);

        assertThat(decision(book, TOKYO, 6).explanationJa()).isEqualTo("順位6位：東京都の枠45のうち1番目として選定。"
                + "上位の対象外：1位 病院1〔同意が未取得〕、2位 病院2〔同意が未取得・病床数が20床未満（15床）〕、"
                + "3位 病院3〔同意が未取得〕ほか2件");
        assertThat(decision(book, TOKYO, 6).explanationEn()).endsWith("rank 3 病院3 [the hospital has not consented] and 2 more");
    }

    @Test
    void aWaitlistedHospitalIsToldItsPositionAndWhyItWaits() {
        SelectionRules rules = quota(1);
        book.submit(rules, TOKYO, List.of(eligible(TOKYO, 1, 1), eligible(TOKYO, 2, 2)));
        book.fillPrefecture(rules, TOKYO);

        assertThat(decision(book, TOKYO, 2).explanationJa()).isEqualTo("順位2位：待機1番目（東京都の枠1はすべて選定済み）");
        assertThat(decision(book, TOKYO, 2).explanationEn())
                .isEqualTo("Rank 2: waitlisted, no. 1 (the quota of 1 for prefecture 13 is full)");
    }

    @Test
    void aSurplusSelectionSaysWhyItWasChosen() {
        SelectionRules rules = Fixtures.unbanded(2000, Map.of(TOKYO, 1));
        book.submit(rules, TOKYO, List.of(eligible(TOKYO, 1, 1),
                candidate(TOKYO, 2, 2).disasterBase(true).acuteCare(true).beds(350).build()));
        book.fillPrefecture(rules, TOKYO);
        book.fillNational(rules);

        assertThat(decision(book, TOKYO, 2).explanationJa()).isEqualTo("順位2位：全国枠で追加選定（全国の受入上限2000のうち2番目）。"
                + "待機先頭1件の中で優先順位が最上位：災害拠点病院・急性期・350床・順位2位");
        assertThat(decision(book, TOKYO, 2).explanationEn()).contains("disaster base hospital, acute care, 350 beds, rank 2");
    }

    @Test
    void aReplacementSaysWhomItReplacedAndTheWithdrawnSaysWhoFollows() {
        SelectionRules rules = quota(2);
        book.submit(rules, TOKYO, List.of(eligible(TOKYO, 1, 1), eligible(TOKYO, 2, 2), eligible(TOKYO, 3, 3)));
        book.fillPrefecture(rules, TOKYO);
        book.withdraw(rules, code(TOKYO, 1), "日程調整がつかない");

        assertThat(decision(book, TOKYO, 3).explanationJa())
                .isEqualTo("順位3位：辞退した順位1位 病院1（1300000001）の東京都の枠を引き継いで選定");
        assertThat(decision(book, TOKYO, 1).explanationJa())
                .isEqualTo("順位1位：辞退（理由：日程調整がつかない）。後任：順位3位 病院3（1300000003）");
        assertThat(decision(book, TOKYO, 1).explanationEn())
                .isEqualTo("Rank 1: withdrew (reason: 日程調整がつかない); replaced by rank 3 病院3 (1300000003)");
    }

    @Test
    void aDesignationSaysThePrefectureDesignatedIt() {
        SelectionRules rules = quota(45);
        book.submit(rules, TOKYO, List.of(eligible(TOKYO, 1, 1), candidate(TOKYO, 2, 3).consent(false).build()));
        book.fillPrefecture(rules, TOKYO);
        book.designate(rules, eligible(TOKYO, 9, 1));

        assertThat(decision(book, TOKYO, 9).explanationJa()).isEqualTo(
                "順位4位（指定）：都道府県が指定した病院として東京都の枠45のうち2番目に選定。上位の対象外：3位 病院2〔同意が未取得〕");
    }

    @Test
    void aWithdrawalReasonWithLineBreaksStaysOnOneLine() {
        SelectionRules rules = quota(1);
        book.submit(rules, TOKYO, List.of(eligible(TOKYO, 1, 1)));
        book.fillPrefecture(rules, TOKYO);
        book.withdraw(rules, code(TOKYO, 1), "院内の事情\r\nにより");

        assertThat(decision(book, TOKYO, 1).explanationJa()).doesNotContain("\n").contains("院内の事情 により");
        assertThat(decision(book, TOKYO, 1).withdrawalReason()).isEqualTo("院内の事情\r\nにより");
    }
}
