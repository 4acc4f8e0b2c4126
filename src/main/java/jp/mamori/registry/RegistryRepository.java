package jp.mamori.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RegistryRepository {

    private static final String HOSPITAL_COLUMNS = "code, name, prefecture_code, address, beds, disaster_base, acute_care, emergency";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    RegistryRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    List<Prefecture> prefectures() {
        return jdbc.sql("SELECT code, name_ja, name_kana, name_en, region_id, region_ja, region_en FROM prefecture ORDER BY code")
                .query((rs, i) -> new Prefecture(new PrefectureCode(rs.getString("code")), rs.getString("name_ja"),
                        rs.getString("name_kana"), rs.getString("name_en"), rs.getInt("region_id"),
                        rs.getString("region_ja"), rs.getString("region_en")))
                .list();
    }

    Optional<Hospital> find(HospitalCode code) {
        return jdbc.sql("SELECT " + HOSPITAL_COLUMNS + " FROM hospital WHERE code = :c").param("c", code.value())
                .query(RegistryRepository::map).optional();
    }

    List<Hospital> findAll(java.util.Collection<HospitalCode> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + HOSPITAL_COLUMNS + " FROM hospital WHERE code IN (:c)")
                .param("c", codes.stream().map(HospitalCode::value).toList())
                .query(RegistryRepository::map).list();
    }

    List<Hospital> inPrefecture(PrefectureCode pref) {
        return jdbc.sql("SELECT " + HOSPITAL_COLUMNS + " FROM hospital WHERE prefecture_code = :p ORDER BY code")
                .param("p", pref.value()).query(RegistryRepository::map).list();
    }

    Map<String, Integer> countsByPrefecture() {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.sql("SELECT prefecture_code, count(*) AS n FROM hospital GROUP BY prefecture_code")
                .query(rs -> {
                    counts.put(rs.getString("prefecture_code"), rs.getInt("n"));
                });
        return counts;
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM hospital").query(Long.class).single();
    }

    HospitalPage search(HospitalSearch s) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        Map<String, Object> params = new HashMap<>();
        if (s.text() != null && !s.text().isBlank()) {
            String folded = NameFolding.fold(s.text());
            String digits = HospitalCode.normalize(s.text());
            where.append(" AND (search_key LIKE :key ESCAPE '\\' OR address LIKE :addr ESCAPE '\\'");
            params.put("key", "%" + escapeLike(folded) + "%");
            params.put("addr", "%" + escapeLike(s.text().trim()) + "%");
            if (digits.matches("\\d{2,10}")) {
                where.append(" OR code LIKE :code");
                params.put("code", digits + "%");
            }
            where.append(")");
        }
        if (s.prefecture() != null) {
            where.append(" AND prefecture_code = :pref");
            params.put("pref", s.prefecture().value());
        }
        if (s.minBeds() != null) {
            where.append(" AND beds >= :minBeds");
            params.put("minBeds", s.minBeds());
        }
        if (s.maxBeds() != null) {
            where.append(" AND beds <= :maxBeds");
            params.put("maxBeds", s.maxBeds());
        }
        if (Boolean.TRUE.equals(s.disasterBase())) {
            where.append(" AND disaster_base");
        }
        if (Boolean.TRUE.equals(s.acuteCare())) {
            where.append(" AND acute_care");
        }
        long total = jdbc.sql("SELECT count(*) FROM hospital" + where).params(params).query(Long.class).single();
        params.put("limit", s.size());
        params.put("offset", (long) s.page() * s.size());
        List<Hospital> rows = jdbc.sql("SELECT " + HOSPITAL_COLUMNS + " FROM hospital" + where
                        + " ORDER BY prefecture_code, code LIMIT :limit OFFSET :offset")
                .params(params).query(RegistryRepository::map).list();
        return new HospitalPage(rows, total, s.page(), s.size());
    }

    /** Serializes imports so two at once cannot interleave their upserts. */
    void lockForImport() {
        jdbc.sql("LOCK TABLE hospital IN SHARE ROW EXCLUSIVE MODE").update();
    }

    void upsert(List<Hospital> hospitals) {
        List<Object[]> args = new ArrayList<>(hospitals.size());
        for (Hospital h : hospitals) {
            args.add(new Object[]{h.code().value(), h.name(), NameFolding.fold(h.name()), h.prefecture().value(),
                    h.address(), h.beds(), h.disasterBase(), h.acuteCare(), h.emergency()});
        }
        template.batchUpdate("""
                INSERT INTO hospital (code, name, search_key, prefecture_code, address, beds, disaster_base, acute_care, emergency)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, search_key = EXCLUDED.search_key,
                    prefecture_code = EXCLUDED.prefecture_code, address = EXCLUDED.address, beds = EXCLUDED.beds,
                    disaster_base = EXCLUDED.disaster_base, acute_care = EXCLUDED.acute_care,
                    emergency = EXCLUDED.emergency, updated_at = now()""", args);
    }

    void setFlags(HospitalCode code, HospitalFlags flags) {
        jdbc.sql("UPDATE hospital SET disaster_base = :d, acute_care = :a, emergency = :e, updated_at = now() WHERE code = :c")
                .param("d", flags.disasterBase()).param("a", flags.acuteCare()).param("e", flags.emergency())
                .param("c", code.value()).update();
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static Hospital map(ResultSet rs, int row) throws SQLException {
        Integer beds = rs.getObject("beds", Integer.class);
        return new Hospital(new HospitalCode(rs.getString("code")), rs.getString("name"),
                new PrefectureCode(rs.getString("prefecture_code")), rs.getString("address"),
                beds, rs.getBoolean("disaster_base"), rs.getBoolean("acute_care"),
                rs.getBoolean("emergency"));
    }
}
