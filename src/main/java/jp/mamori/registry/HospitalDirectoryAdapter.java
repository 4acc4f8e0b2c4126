package jp.mamori.registry;

import jp.mamori.security.HospitalDirectory;
import jp.mamori.shared.HospitalCode;
import org.springframework.stereotype.Component;

@Component
class HospitalDirectoryAdapter implements HospitalDirectory {

    private final RegistryRepository repository;

    HospitalDirectoryAdapter(RegistryRepository repository) {
        this.repository = repository;
    }

    @Override
    public boolean exists(HospitalCode code) {
        return repository.find(code).isPresent();
    }
}
