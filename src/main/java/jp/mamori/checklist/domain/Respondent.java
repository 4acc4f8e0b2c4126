package jp.mamori.checklist.domain;

import java.util.Optional;

/** Who answers a hospital's checklist: the hospital itself, the prefecture on its inspection, the contractor in the survey. */
public enum Respondent {
    HOSPITAL("病院（自己点検）"), PREFECTURE("都道府県（立入検査）"), CONTRACTOR("事業者（調査）");

    private final String japanese;

    Respondent(String japanese) {
        this.japanese = japanese;
    }

    public String japanese() {
        return japanese;
    }

    public static Optional<Respondent> parse(String s) {
        for (Respondent r : values()) {
            if (r.name().equals(s)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
