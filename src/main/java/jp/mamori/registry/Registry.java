package jp.mamori.registry;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;
import org.springframework.stereotype.Service;

/** What other modules read from the registry: prefectures and hospitals, without access checks of its own. */
@Service
public class Registry {

    private final RegistryRepository repository;
    private volatile List<Prefecture> prefectures;

    Registry(RegistryRepository repository) {
        this.repository = repository;
    }

    public List<Prefecture> prefectures() {
        List<Prefecture> p = prefectures;
        if (p == null) {
            p = List.copyOf(repository.prefectures());
            prefectures = p;
        }
        return p;
    }

    public Prefecture prefecture(PrefectureCode code) {
        return prefectures().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    public Map<PrefectureCode, Prefecture> prefecturesByCode() {
        return prefectures().stream().collect(Collectors.toMap(Prefecture::code, Function.identity()));
    }

    public Optional<Hospital> hospital(HospitalCode code) {
        return repository.find(code);
    }

    public Map<HospitalCode, Hospital> hospitals(Collection<HospitalCode> codes) {
        return repository.findAll(codes).stream().collect(Collectors.toMap(Hospital::code, Function.identity()));
    }

    public List<Hospital> hospitalsIn(PrefectureCode prefecture) {
        return repository.inPrefecture(prefecture);
    }

    public Map<String, Integer> hospitalCountsByPrefecture() {
        return repository.countsByPrefecture();
    }

    public long hospitalCount() {
        return repository.count();
    }
}
