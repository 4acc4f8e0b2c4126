package jp.mamori.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FigureTallyTest {

    @Test
    void aCellCountsItsAmountsAndRemembersEachHospitalOnce() {
        FigureTally t = new FigureTally("f", List.of("X", "Y"), List.of("01"));
        t.add("01", "X", "H1", 1);
        t.add("01", "X", "H1", 2);
        t.add("01", "X", "H2", 1);
        Cell x = t.table().prefectures().get("01").get("X");
        assertThat(x.value()).isEqualTo(4);
        assertThat(x.hospitals()).containsExactlyInAnyOrder("H1", "H2");
    }

    @Test
    void everyKeyAndEveryPrefectureOfTheRunIsInTheTableEvenWithoutData() {
        FigureTally t = new FigureTally("f", List.of("X", "Y"), List.of("01", "02"));
        t.add("01", "X", "H1", 1);
        Table table = t.table();
        assertThat(table.keys()).containsExactly("X", "Y");
        assertThat(table.prefectures()).containsOnlyKeys("01", "02");
        assertThat(table.prefectures().get("02").get("Y")).isEqualTo(new Cell(0, Set.of()));
    }

    @Test
    void aKeyOutsideTheFamilyIsRefused() {
        FigureTally t = new FigureTally("f", List.of("X"), List.of("01"));
        assertThatThrownBy(() -> t.add("01", "Z", "H1", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
