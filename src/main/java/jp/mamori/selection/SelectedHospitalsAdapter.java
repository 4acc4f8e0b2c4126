package jp.mamori.selection;

import java.util.HashSet;
import java.util.Set;

import jp.mamori.nomination.SelectedHospitals;
import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;
import org.springframework.stereotype.Component;

@Component
class SelectedHospitalsAdapter implements SelectedHospitals {

    private final SelectionStore store;

    SelectedHospitalsAdapter(SelectionStore store) {
        this.store = store;
    }

    @Override
    public Set<HospitalCode> selected(String programId, PrefectureCode prefecture) {
        return new HashSet<>(store.selected(programId, prefecture));
    }
}
