package jp.mamori.nomination.form;

import java.time.LocalDate;
import java.util.Objects;

import jp.mamori.shared.PrefectureCode;

/** What the title rows above the header of an exported form show. */
public record FormHeader(String programName, PrefectureCode prefectureCode, String prefectureName, LocalDate deadline) {

    public FormHeader {
        Objects.requireNonNull(prefectureCode, "prefectureCode");
    }
}
