package jp.mamori.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.mamori.registry.Hospital;
import jp.mamori.registry.Registry;
import jp.mamori.security.Role;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.support.Api;
import jp.mamori.support.Forms;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.TestPrograms;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * selection.md §1 COMPLETED_PREVIOUS_YEAR and §4 designation candidates: the system's own record of the
 * previous program counts, even when the form says なし.
 */
@IntegrationTest
class PreviousProgramTest {

    @Autowired
    Api api;
    @Autowired
    TestPrograms programs;
    @Autowired
    Registry registry;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aHospitalTheLastProgramCompletedIsIneligibleAndNoDesignationCandidate() {
        String admin = api.token(Role.MHLW_ADMIN, null);
        String mie = api.token(Role.PREFECTURE, "24");
        List<Hospital> hs = registry.hospitalsIn(new PrefectureCode("24")).stream()
                .filter(h -> h.beds() != null && h.beds() >= 20).limit(3).toList();
        String last = programs.create(10, Map.of("24", 2));
        jdbc.sql("INSERT INTO survey_completion (program_id, hospital_code, completed_on) VALUES (:p, :h, DATE '2025-01-20')")
                .param("p", last).param("h", hs.get(0).code().value()).update();
        String pid = programs.following(last, 10, Map.of("24", 2));

        Api.Response r = api.upload(mie, "/api/v1/programs/" + pid + "/prefectures/24/nominations",
                Forms.workbook("x", new PrefectureCode("24"), Forms.eligibleRows(hs.subList(0, 2))), "l.xlsx");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode decisions = api.get(admin, "/api/v1/programs/" + pid + "/selection").json().get("decisions");
        JsonNode completed = decisions.get(0).get("hospitalCode").asText().equals(hs.get(0).code().value())
                ? decisions.get(0) : decisions.get(1);
        assertThat(completed.get("status").asText()).isEqualTo("INELIGIBLE");
        assertThat(completed.get("reasons").get(0).asText()).isEqualTo("COMPLETED_PREVIOUS_YEAR");

        JsonNode candidates = api.get(mie, "/api/v1/programs/" + pid + "/prefectures/24/designation-candidates?limit=500")
                .json().get("candidates");
        assertThat(candidates.findValuesAsText("hospitalCode"))
                .doesNotContain(hs.get(0).code().value(), hs.get(1).code().value())
                .contains(hs.get(2).code().value());
    }
}
