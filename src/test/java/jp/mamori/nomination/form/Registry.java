package jp.mamori.nomination.form;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;

/** An in-memory registry for tests, with a few Tokyo hospitals, one Hokkaido and one Osaka hospital. */
final class Registry implements RegistryLookup {

    static final PrefectureCode TOKYO = PrefectureCode.of(13);
    static final PrefectureCode HOKKAIDO = PrefectureCode.of(1);
    static final String T1 = "1311234567";
    static final String T2 = "1311234568";
    static final String T3 = "1311234569";
    static final String T4 = "1311234570";
    static final String T5 = "1311234571";
    static final String HOKKAIDO_1 = "0112345678";
    static final String OSAKA_1 = "2711234567";

    private final Map<HospitalCode, RegisteredHospital> hospitals = new LinkedHashMap<>();
    int findAllCalls;

    static Registry standard() {
        return new Registry()
                .with(T1, "都立中央病院", TOKYO, 400)
                .with(T2, "港区記念病院", TOKYO, 120)
                .with(T3, "新宿総合病院", TOKYO, 250)
                .with(T4, "品川みなと病院", TOKYO, 80)
                .with(T5, "(医)世田谷協同病院", TOKYO, 199)
                .with(HOKKAIDO_1, "札幌北病院", HOKKAIDO, 300)
                .with(OSAKA_1, "大阪中央病院", PrefectureCode.of(27), 500);
    }

    Registry with(String code, String name, PrefectureCode prefecture, Integer beds) {
        HospitalCode c = HospitalCode.parse(code);
        hospitals.put(c, new RegisteredHospital(c, name, prefecture, beds));
        return this;
    }

    List<RegisteredHospital> of(PrefectureCode prefecture) {
        List<RegisteredHospital> list = new ArrayList<>();
        hospitals.values().stream().filter(h -> h.prefecture().equals(prefecture)).forEach(list::add);
        return list;
    }

    @Override
    public Optional<RegisteredHospital> find(HospitalCode code) {
        return Optional.ofNullable(hospitals.get(code));
    }

    @Override
    public Map<HospitalCode, RegisteredHospital> findAll(Collection<HospitalCode> codes) {
        findAllCalls++;
        return RegistryLookup.super.findAll(codes);
    }
}
