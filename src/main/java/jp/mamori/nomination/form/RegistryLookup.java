package jp.mamori.nomination.form;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jp.mamori.shared.HospitalCode;

/** The registry as the form import needs it; the web layer implements it against the database. */
public interface RegistryLookup {

    Optional<RegisteredHospital> find(HospitalCode code);

    /** One call for a whole upload; override with a single query. Absent codes are simply missing from the map. */
    default Map<HospitalCode, RegisteredHospital> findAll(Collection<HospitalCode> codes) {
        Map<HospitalCode, RegisteredHospital> found = new LinkedHashMap<>();
        for (HospitalCode code : codes) {
            find(code).ifPresent(h -> found.put(code, h));
        }
        return found;
    }
}
