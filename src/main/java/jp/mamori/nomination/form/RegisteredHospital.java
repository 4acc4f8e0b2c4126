package jp.mamori.nomination.form;

import java.util.Objects;

import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;

/** A hospital as the registry knows it; what the form checks rows against and lists on its second sheet. */
public record RegisteredHospital(HospitalCode code, String name, PrefectureCode prefecture, Integer beds) {

    public RegisteredHospital {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(prefecture, "prefecture");
    }
}
