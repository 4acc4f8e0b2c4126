package jp.mamori.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.mamori.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The list decides state, overdue and order from the cases' dates alone and builds full views only for its page:
 * every line must say what the case itself says (GET /cases/{id}, built from the whole case), and a page must be
 * the slice of the whole list.
 */
@IntegrationTest
class CaseListingTest extends CaseFixture {

    static final List<String> SAME = List.of("id", "hospitalCode", "hospitalName", "prefectureCode", "state", "organizationId",
            "leadUsername", "onsiteDeadline", "overdue");

    @Test
    void eachLineSaysWhatItsCaseSaysAndAPageIsTheSliceOfTheWholeList() {
        assertThat(assign(admin, caseId(0), subA, null, null).status()).isEqualTo(200);
        assertThat(assign(admin, caseId(1), subB, null, today().minusDays(40).toString()).status()).isEqualTo(200);
        assertThat(assign(admin, caseId(2), subA, null, today().minusDays(3).toString()).status()).isEqualTo(200);
        assertThat(step(admin, caseId(2), "HEARING", Map.of("plannedOn", today().minusDays(1).toString())).status()).isEqualTo(200);
        assertThat(step(admin, caseId(0), "ONSITE", Map.of("plannedOn", today().plusDays(9).toString())).status()).isEqualTo(200);

        List<JsonNode> all = list(admin, "");
        assertThat(all).hasSize(3);
        for (JsonNode line : all) {
            JsonNode one = api.get(admin, "/api/v1/cases/" + line.get("id").asLong()).json();
            for (String field : SAME) {
                assertThat(line.get(field)).as(line.get("id") + " " + field).isEqualTo(one.get(field));
            }
            assertThat(line.get("steps").toString()).contains(one.get("steps").get("HEARING").get("plannedOn").toString());
        }
        assertThat(all.stream().filter(l -> !l.get("overdue").isEmpty()).map(l -> l.get("id").asLong()))
                .containsExactlyInAnyOrder(caseId(1), caseId(2));
        assertThat(all).isSortedAccordingTo(Comparator.comparing((JsonNode l) -> l.get("overdue").isEmpty())
                .thenComparing(l -> l.get("hospitalCode").asText()));

        assertThat(list(admin, "?page=0&size=2")).containsExactlyElementsOf(all.subList(0, 2));
        assertThat(list(admin, "?page=1&size=2")).containsExactlyElementsOf(all.subList(2, 3));
        assertThat(list(admin, "?page=5&size=2")).isEmpty();
        assertThat(api.get(admin, "/api/v1/programs/" + pid + "/cases?page=1&size=2").json().get("total").asInt()).isEqualTo(3);
        assertThat(list(admin, "?overdue=true")).containsExactlyElementsOf(all.subList(0, 2));
        assertThat(list(admin, "?organizationId=" + subA)).extracting(l -> l.get("id").asLong())
                .containsExactly(caseId(2), caseId(0));
        assertThat(list(token(subBStaff), "")).extracting(l -> l.get("id").asLong()).containsExactly(caseId(1));
    }
}
