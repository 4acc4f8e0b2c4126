package jp.mamori.selection.domain;

/** Which count a selection uses up (selection.md §2). Every active selection also counts against C. */
public enum Slot {
    /** 都道府県枠: counts against q(p) and, in a banded program, q(p,b). */
    PREFECTURE,
    /** 全国枠: beyond the prefecture's quota. */
    NATIONAL
}
