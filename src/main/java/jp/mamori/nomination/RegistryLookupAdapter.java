package jp.mamori.nomination;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jp.mamori.nomination.form.RegisteredHospital;
import jp.mamori.nomination.form.RegistryLookup;
import jp.mamori.registry.Hospital;
import jp.mamori.registry.Registry;
import jp.mamori.shared.HospitalCode;
import org.springframework.stereotype.Component;

/** The form reader's view of the registry: one query per upload. */
@Component
class RegistryLookupAdapter implements RegistryLookup {

    private final Registry registry;

    RegistryLookupAdapter(Registry registry) {
        this.registry = registry;
    }

    @Override
    public Optional<RegisteredHospital> find(HospitalCode code) {
        return registry.hospital(code).map(RegistryLookupAdapter::of);
    }

    @Override
    public Map<HospitalCode, RegisteredHospital> findAll(Collection<HospitalCode> codes) {
        Map<HospitalCode, RegisteredHospital> out = new LinkedHashMap<>();
        registry.hospitals(codes).forEach((code, h) -> out.put(code, of(h)));
        return out;
    }

    static RegisteredHospital of(Hospital h) {
        return new RegisteredHospital(h.code(), h.name(), h.prefecture(), h.beds());
    }
}
