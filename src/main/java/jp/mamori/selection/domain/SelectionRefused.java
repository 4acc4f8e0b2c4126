package jp.mamori.selection.domain;

import java.util.List;
import java.util.Objects;

import jp.mamori.shared.HospitalCode;

/** An operation the rules do not allow. The book is left as it was. */
public class SelectionRefused extends RuntimeException {

    private final RefusalCode code;
    private final List<HospitalCode> hospitals;

    public SelectionRefused(RefusalCode code, List<HospitalCode> hospitals, String messageJa) {
        super(messageJa);
        this.code = Objects.requireNonNull(code, "code");
        this.hospitals = List.copyOf(hospitals);
    }

    public RefusalCode code() {
        return code;
    }

    /** The hospitals the refusal is about. */
    public List<HospitalCode> hospitals() {
        return hospitals;
    }
}
