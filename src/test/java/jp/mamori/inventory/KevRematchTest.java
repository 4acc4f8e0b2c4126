package jp.mamori.inventory;

import static jp.mamori.inventory.Rows.findingsOf;
import static jp.mamori.inventory.Rows.ofRule;
import static jp.mamori.inventory.Rows.quiet;
import static jp.mamori.inventory.Rows.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import jp.mamori.inventory.domain.KevEntry;
import jp.mamori.inventory.domain.KevLookup;
import jp.mamori.support.Api;
import jp.mamori.support.AsUser;
import jp.mamori.support.IntegrationTest;
import jp.mamori.survey.CaseAccess;
import jp.mamori.survey.SurveyFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A newer KEV catalogue matched against every open case: new suggestions raised, the same ones not again, and the
 * case's organization told by mail. The catalogue here is a fake that knows only this test's own product name.
 */
@IntegrationTest
class KevRematchTest {

    @Autowired
    Api api;
    @Autowired
    SurveyFixture fixture;
    @Autowired
    ConnectionInventory inventory;
    @Autowired
    FindingSuggestions suggestions;
    @Autowired
    CaseAccess access;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Clock clock;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;

    SurveyFixture.Parties p;
    String product;

    @BeforeEach
    void setUp() {
        p = fixture.create();
        fixture.signMemorandum(p);
        product = "Gateway-" + UUID.randomUUID().toString().substring(0, 8);
    }

    FindingEngine engineWith(KevEntry... entries) {
        KevLookup lookup = (vendor, prod) -> product.equals(prod) ? List.of(entries) : List.of();
        return new FindingEngine(inventory, suggestions, access, () -> lookup, events, clock);
    }

    static KevEntry cve(String id, boolean ransomware) {
        return new KevEntry(id, "Example", "Gateway", "Example gateway flaw", LocalDate.of(2025, 1, 1), ransomware,
                "Apply updates per vendor instructions.");
    }

    int rematch(FindingEngine engine) {
        return AsUser.admin(() -> new TransactionTemplate(transactions).execute(s -> engine.rematchOpenCases()));
    }

    long mails(String organizationEmail) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE event = 'KEV_SUGGESTIONS_RAISED' AND :to = ANY (recipients)")
                .param("to", organizationEmail).query(Long.class).single();
    }

    @Test
    void aNewerCatalogueRaisesOneSuggestionPerPointOnceAndTellsTheOrganization() {
        Map<String, Object> device = new HashMap<>();
        device.put("vendor", "Example");
        device.put("product", product);
        JsonNode point = Rows.create(api, p.subA(), p.caseId(), with(quiet(), "device", device));
        String org = jdbc.sql("SELECT organization_id FROM survey_case WHERE id = :id").param("id", p.caseId()).query(String.class).single();
        String email = org + "@example.jp";
        long before = mails(email);

        assertThat(rematch(engineWith(cve("CVE-2025-0001", false), cve("CVE-2025-0002", true)))).isGreaterThanOrEqualTo(1);
        JsonNode kev = ofRule(findingsOf(api, p.subA(), p.caseId()), "KEV_MATCH").get(0);
        assertThat(kev.get("connectionId").asLong()).isEqualTo(point.get("id").asLong());
        assertThat(kev.get("severity").asText()).isEqualTo("CRITICAL");
        assertThat(kev.get("evidence").get("cves")).extracting(c -> c.get("cveId").asText())
                .containsExactly("CVE-2025-0001", "CVE-2025-0002");
        assertThat(mails(email)).isEqualTo(before + 1);
        String body = jdbc.sql("SELECT body FROM notification WHERE event = 'KEV_SUGGESTIONS_RAISED' AND :to = ANY (recipients) ORDER BY id DESC LIMIT 1")
                .param("to", email).query(String.class).single();
        assertThat(body).contains("案件番号 " + p.caseId()).contains("アドバイザリ");

        // the same catalogue again: nothing new, nobody told twice
        rematch(engineWith(cve("CVE-2025-0002", true), cve("CVE-2025-0001", false)));
        assertThat(ofRule(findingsOf(api, p.subA(), p.caseId()), "KEV_MATCH")).hasSize(1);
        assertThat(mails(email)).isEqualTo(before + 1);

        // dismissed, then a newly listed CVE: a new suggestion and a new message
        long fid = kev.get("id").asLong();
        assertThat(api.post(p.subA(), Rows.findings(p.caseId()) + "/" + fid + "/dismiss", Map.of("reason", "対象外の版")).status())
                .isEqualTo(200);
        rematch(engineWith(cve("CVE-2025-0001", false), cve("CVE-2025-0002", true)));
        assertThat(ofRule(findingsOf(api, p.subA(), p.caseId()), "KEV_MATCH")).hasSize(1);
        rematch(engineWith(cve("CVE-2025-0001", false), cve("CVE-2025-0002", true), cve("CVE-2025-0003", false)));
        assertThat(ofRule(findingsOf(api, p.subA(), p.caseId()), "KEV_MATCH")).extracting(f -> f.get("state").asText())
                .containsExactlyInAnyOrder("DISMISSED", "SUGGESTED");
        assertThat(mails(email)).isEqualTo(before + 2);
    }
}
