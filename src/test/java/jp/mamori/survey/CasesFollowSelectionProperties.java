package jp.mamori.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.mamori.registry.Hospital;
import jp.mamori.registry.Registry;
import jp.mamori.security.Role;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.support.Api;
import jp.mamori.support.Forms;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.TestData;
import jp.mamori.support.TestPrograms;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestContextManager;

/**
 * Over random sequences of fills, withdrawals and designations on a small program, the open cases are
 * exactly the selected hospitals, and no hospital ever has two. The Spring test context is the one the
 * integration tests share (jqwik has no Spring extension here, so the instance is prepared by hand).
 */
@IntegrationTest
class CasesFollowSelectionProperties {

    static final String PREF = "25";

    @Autowired
    Api api;
    @Autowired
    TestPrograms programs;
    @Autowired
    Registry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestData data;

    @BeforeProperty
    void springContext() throws Exception {
        new TestContextManager(getClass()).prepareTestInstance(this);
    }

    sealed interface Action permits Fill, Withdraw, Designate {
    }

    record Fill(String scope) implements Action {
    }

    /** Withdraws the n-th selected hospital (modulo how many are selected). */
    record Withdraw(int n) implements Action {
    }

    /** Designates the n-th of the hospitals not nominated at the start. */
    record Designate(int n) implements Action {
    }

    @Provide
    Arbitrary<List<Action>> actions() {
        Arbitrary<Action> one = Arbitraries.oneOf(
                Arbitraries.of("PREFECTURES", "NATIONAL").map(Fill::new),
                Arbitraries.integers().between(0, 5).map(Withdraw::new),
                Arbitraries.integers().between(0, 2).map(Designate::new));
        return Combinators.combine(Arbitraries.just(new Fill("PREFECTURES")), one.list().ofMinSize(1).ofMaxSize(6))
                .as((first, rest) -> {
                    List<Action> all = new ArrayList<>();
                    all.add(first);
                    all.addAll(rest);
                    return all;
                });
    }

    @Property(tries = 8, seed = "20261201")
    void openCasesAreExactlyTheSelectedHospitals(@ForAll("actions") List<Action> actions) {
        data.ensureRegistry();
        List<Hospital> hs = registry.hospitalsIn(new PrefectureCode(PREF)).stream()
                .filter(h -> h.beds() != null && h.beds() >= 20).limit(7).toList();
        String pid = programs.create(4, Map.of(PREF, 2));
        String shiga = api.token(Role.PREFECTURE, PREF);
        String admin = api.token(Role.MHLW_ADMIN, null);
        Api.Response up = api.upload(shiga, "/api/v1/programs/" + pid + "/prefectures/" + PREF + "/nominations",
                Forms.workbook("テスト", new PrefectureCode(PREF), Forms.eligibleRows(hs.subList(0, 4))), "l.xlsx");
        assertThat(up.status()).as(up.body()).isEqualTo(200);

        boolean first = true;
        for (Action action : actions) {
            if (action instanceof Fill f) {
                assertThat(api.post(admin, "/api/v1/programs/" + pid + "/selection/fill",
                        Map.of("scope", f.scope())).status()).isEqualTo(200);
            } else if (action instanceof Withdraw w) {
                List<String> selected = new ArrayList<>(selected(pid));
                if (!selected.isEmpty()) {
                    java.util.Collections.sort(selected);
                    Api.Response r = api.post(admin, "/api/v1/programs/" + pid + "/selection/withdrawals",
                            Map.of("hospitalCode", selected.get(w.n() % selected.size()), "reason", "辞退の連絡"));
                    assertThat(r.status()).as(r.body()).isEqualTo(200);
                }
            } else if (action instanceof Designate d) {
                api.post(shiga, "/api/v1/programs/" + pid + "/prefectures/" + PREF + "/designations",
                        designation(hs.get(4 + d.n()).code().value()));
            }
            if (first) {
                assertThat(selected(pid)).as("the first fill selects the quota").hasSize(2);
                first = false;
            }
            assertThat(openCases(pid)).as("after " + action).isEqualTo(selected(pid));
            assertThat(jdbc.sql("SELECT count(*) - count(DISTINCT hospital_code) FROM survey_case WHERE program_id = :p")
                    .param("p", pid).query(Long.class).single()).isZero();
            assertThat(jdbc.sql("""
                    SELECT count(*) FROM survey_case c LEFT JOIN selection_decision d
                        ON d.program_id = c.program_id AND d.hospital_code = c.hospital_code
                     WHERE c.program_id = :p AND (d.status IS NULL OR d.status NOT IN ('SELECTED', 'WITHDRAWN'))
                       AND c.withdrawn_at IS NULL""").param("p", pid).query(Long.class).single())
                    .as("a case is open only for a selected hospital").isZero();
        }
    }

    Set<String> selected(String pid) {
        return new HashSet<>(jdbc.sql("SELECT hospital_code FROM selection_decision WHERE program_id = :p AND status = 'SELECTED'")
                .param("p", pid).query(String.class).list());
    }

    Set<String> openCases(String pid) {
        return new HashSet<>(jdbc.sql("SELECT hospital_code FROM survey_case WHERE program_id = :p AND withdrawn_at IS NULL")
                .param("p", pid).query(String.class).list());
    }

    static Map<String, Object> designation(String code) {
        return Map.of("hospitalCode", code, "consent", true, "emr", "全部導入", "support", "両方",
                "contacts", List.of(Map.of("department", "情報システム課", "name", "鈴木 一郎", "phone", "077-123-4567",
                                "email", "it@example.jp"),
                        Map.of("department", "事務部", "name", "高橋 次郎", "phone", "077-123-4568", "email", "jimu@example.jp")));
    }
}
