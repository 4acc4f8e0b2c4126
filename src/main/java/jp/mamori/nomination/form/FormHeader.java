package jp.mamori.nomination.form;

import java.time.LocalDate;
import java.util.Objects;

import jp.mamori.shared.PrefectureCode;

/**
 * What the title rows above the header of an exported form show, and the stamp of the list it was built from.
 *
 * @param stamp the list and version the form was exported from, or null for a blank form
 */
public record FormHeader(String programName, PrefectureCode prefectureCode, String prefectureName, LocalDate deadline,
                         FormStamp stamp) {

    public FormHeader {
        Objects.requireNonNull(prefectureCode, "prefectureCode");
    }

    public FormHeader(String programName, PrefectureCode prefectureCode, String prefectureName, LocalDate deadline) {
        this(programName, prefectureCode, prefectureName, deadline, null);
    }
}
