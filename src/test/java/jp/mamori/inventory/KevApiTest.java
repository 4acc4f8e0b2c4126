package jp.mamori.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.mamori.inventory.domain.KevEntry;
import jp.mamori.security.Role;
import jp.mamori.support.Api;
import jp.mamori.support.AsUser;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.TestData;
import jp.mamori.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** The KEV catalogue and alias API and page through the real app and database, starting from the shipped catalogue. */
@IntegrationTest
class KevApiTest {

    @Autowired
    Api api;
    @Autowired
    TestData data;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CurrentKev currentKev;
    @Autowired
    MockMvc mvc;

    final ObjectMapper json = new ObjectMapper();
    String admin;
    String hospitalCode;

    @BeforeEach
    void setUp() {
        data.ensureRegistry();
        admin = api.token(Role.MHLW_ADMIN, null);
        hospitalCode = jdbc.sql("SELECT code FROM hospital ORDER BY code LIMIT 1").query(String.class).single();
    }

    ObjectNode shipped() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(KevReferenceData.CATALOGUE)) {
            return (ObjectNode) json.readTree(in);
        }
    }

    JsonNode current() {
        Api.Response r = api.get(admin, "/api/v1/kev");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /** The shipped catalogue released a day after the one in force, with one made-up entry added. */
    ObjectNode newer(String vendor) throws Exception {
        ObjectNode c = shipped();
        Instant released = Instant.parse(current().get("dateReleased").asText()).plus(1, ChronoUnit.DAYS);
        c.put("dateReleased", released.toString());
        c.put("catalogVersion", "T" + UUID.randomUUID().toString().substring(0, 8));
        ObjectNode extra = ((ArrayNode) c.get("vulnerabilities")).insertObject(0);
        extra.put("cveID", "CVE-2099-" + (10000 + (int) (Math.random() * 80000)));
        extra.put("vendorProject", vendor);
        extra.put("product", "Remote Gateway and Remote Portal");
        extra.put("vulnerabilityName", "Test Vulnerability");
        extra.put("dateAdded", "2099-01-01");
        extra.put("shortDescription", "made up for a test");
        extra.put("requiredAction", "Apply mitigations per vendor instructions.");
        extra.put("dueDate", "2099-01-22");
        extra.put("knownRansomwareCampaignUse", "Known");
        c.put("count", c.get("vulnerabilities").size());
        return c;
    }

    Api.Response postCatalogue(String token, JsonNode catalogue) {
        return api.post(token, "/api/v1/kev", catalogue);
    }

    @Test
    void theShippedCatalogueIsInForceAndEveryRoleButAHospitalReadsIt() {
        JsonNode status = current();
        assertThat(status.get("count").asInt()).isGreaterThanOrEqualTo(1404);
        assertThat(status.has("catalogVersion")).isTrue();
        assertThat(status.has("loadedAt")).isTrue();
        for (Role role : List.of(Role.AUDITOR, Role.CONTRACTOR)) {
            assertThat(api.get(api.token(role, null), "/api/v1/kev").status()).as(role.name()).isEqualTo(200);
            assertThat(api.get(api.token(role, null), "/api/v1/kev/aliases").status()).as(role.name()).isEqualTo(200);
        }
        assertThat(api.get(api.token(Role.PREFECTURE, "13"), "/api/v1/kev").status()).isEqualTo(200);
        assertThat(api.get(api.token(Role.HOSPITAL, hospitalCode), "/api/v1/kev").status()).isEqualTo(403);
        assertThat(api.get(api.token(Role.HOSPITAL, hospitalCode), "/api/v1/kev/aliases").status()).isEqualTo(403);
        assertThat(api.get(null, "/api/v1/kev").status()).isEqualTo(401);
    }

    @Test
    void onlyTheMinistryLoadsACatalogue() throws Exception {
        ObjectNode c = newer("Refused Vendor");
        for (Role role : List.of(Role.AUDITOR, Role.CONTRACTOR)) {
            assertThat(postCatalogue(api.token(role, null), c).status()).as(role.name()).isEqualTo(403);
        }
        assertThat(postCatalogue(api.token(Role.PREFECTURE, "13"), c).status()).isEqualTo(403);
        assertThat(postCatalogue(api.token(Role.HOSPITAL, hospitalCode), c).status()).isEqualTo(403);
        assertThat(api.put(api.token(Role.AUDITOR, null), "/api/v1/kev/aliases", Map.of("aliases", List.of())).status())
                .isEqualTo(403);
        assertThat(currentKev.lookup().matches("Refused Vendor", "Remote Gateway")).isEmpty();
    }

    @Test
    void aNewerCatalogueLoadsAndIsMatchedAtOnce() throws Exception {
        String vendor = "Test Vendor " + UUID.randomUUID().toString().substring(0, 6);
        ObjectNode c = newer(vendor);
        String cve = c.get("vulnerabilities").get(0).get("cveID").asText();
        assertThat(currentKev.lookup().matches(vendor, "Remote Portal")).isEmpty();

        Api.Response r = postCatalogue(admin, c);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode loaded = r.json();
        assertThat(loaded.get("catalogVersion").asText()).isEqualTo(c.get("catalogVersion").asText());
        assertThat(loaded.get("count").asInt()).isEqualTo(c.get("count").asInt());
        assertThat(Instant.parse(loaded.get("dateReleased").asText())).isEqualTo(Instant.parse(c.get("dateReleased").asText()));
        assertThat(loaded.get("newSuggestions").isInt()).isTrue();
        assertThat(loaded.get("loadedAt").isNull()).isFalse();
        assertThat(current().get("catalogVersion").asText()).isEqualTo(c.get("catalogVersion").asText());

        List<KevEntry> found = currentKev.lookup().matches(vendor + " Inc.", "Remote Portal");
        assertThat(found).extracting(KevEntry::cveId).containsExactly(cve);
        assertThat(found.get(0).knownRansomware()).isTrue();
        assertThat(currentKev.lookup().matches("Fortinet", "FortiOS")).extracting(KevEntry::cveId).contains("CVE-2018-13379");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'KEV_LOADED' AND entity_id = :v")
                .param("v", c.get("catalogVersion").asText()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void anInvalidCatalogueIsRefusedWithEveryErrorAndNothingChanges() throws Exception {
        JsonNode before = current();
        ObjectNode c = newer("Invalid Vendor");
        ArrayNode list = (ArrayNode) c.get("vulnerabilities");
        ((ObjectNode) list.get(2)).remove("product");
        ((ObjectNode) list.get(4)).put("cveID", "CVE-20-1");
        ((ObjectNode) list.get(6)).put("dateAdded", "2025-02-30");
        c.put("count", list.size() + 5);

        Api.Response r = postCatalogue(admin, c);
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        JsonNode errors = r.json().get("errors");
        assertThat(errors).anySatisfy(e -> {
            assertThat(e.get("row").asInt()).isEqualTo(3);
            assertThat(e.get("column").asText()).isEqualTo("product");
        });
        assertThat(errors).anySatisfy(e -> {
            assertThat(e.get("row").asInt()).isEqualTo(5);
            assertThat(e.get("code").asText()).isEqualTo("INVALID_CVE_ID");
        });
        assertThat(errors).anySatisfy(e -> {
            assertThat(e.get("row").asInt()).isEqualTo(7);
            assertThat(e.get("code").asText()).isEqualTo("INVALID_DATE");
        });
        assertThat(errors).anySatisfy(e -> assertThat(e.get("code").asText()).isEqualTo("COUNT_MISMATCH"));
        assertThat(current()).isEqualTo(before);
        assertThat(currentKev.lookup().matches("Invalid Vendor", "Remote Gateway")).isEmpty();

        Api.Response notJson = api.send("POST", admin, "/api/v1/kev", org.springframework.http.MediaType.APPLICATION_JSON,
                "{not json".getBytes(StandardCharsets.UTF_8));
        assertThat(notJson.status()).isEqualTo(422);
        assertThat(current()).isEqualTo(before);
    }

    @Test
    void anOlderCatalogueIsRefusedAsKevOlder() throws Exception {
        JsonNode before = current();
        ObjectNode c = newer("Older Vendor");
        c.put("dateReleased", Instant.parse(before.get("dateReleased").asText()).minus(30, ChronoUnit.DAYS).toString());
        Api.Response r = postCatalogue(admin, c);
        assertThat(r.status()).as(r.body()).isEqualTo(409);
        assertThat(r.json().get("code").asText()).isEqualTo("KEV_OLDER");
        assertThat(current()).isEqualTo(before);
        assertThat(currentKev.lookup().matches("Older Vendor", "Remote Gateway")).isEmpty();
    }

    @Test
    void theMinistrysAliasesRoundTripBesideTheShippedOnes() {
        String vendor = "テスト医療機器" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(currentKev.lookup().matches(vendor, "RX-100")).isEmpty();
        Map<String, Object> body = Map.of("aliases", List.of(
                Map.of("from", Map.of("vendor", vendor), "to", Map.of("vendor", "Fortinet", "product", "FortiOS"))));
        try {
            Api.Response r = api.put(admin, "/api/v1/kev/aliases", body);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(r.json().get("newSuggestions").isInt()).isTrue();

            JsonNode aliases = api.get(admin, "/api/v1/kev/aliases").json().get("aliases");
            assertThat(aliases).anySatisfy(a -> {
                assertThat(a.get("origin").asText()).isEqualTo("MINISTRY");
                assertThat(a.get("from").get("vendor").asText()).isEqualTo(vendor);
                assertThat(a.get("from").get("product").isNull()).isTrue();
                assertThat(a.get("to").get("product").asText()).isEqualTo("FortiOS");
            });
            assertThat(aliases).anySatisfy(a -> {
                assertThat(a.get("origin").asText()).isEqualTo("SHIPPED");
                assertThat(a.get("from").get("vendor").asText()).isEqualTo("Pulse Secure");
            });
            assertThat(currentKev.lookup().matches(vendor + "株式会社", "RX-100")).extracting(KevEntry::cveId)
                    .contains("CVE-2018-13379");

            // the GET's answer sent back unchanged keeps the ministry's set as it is
            Api.Response again = api.put(admin, "/api/v1/kev/aliases", api.get(admin, "/api/v1/kev/aliases").json());
            assertThat(again.status()).as(again.body()).isEqualTo(200);
            assertThat(again.json().get("aliases")).filteredOn(a -> a.get("origin").asText().equals("MINISTRY")).hasSize(1);

            Api.Response bad = api.put(admin, "/api/v1/kev/aliases", Map.of("aliases", List.of(
                    Map.of("from", Map.of("vendor", "A社"), "to", Map.of("vendor", "Cisco")),
                    Map.of("from", Map.of("vendor", "  "), "to", Map.of("vendor", "Cisco")),
                    Map.of("from", Map.of("vendor", "B社")))));
            assertThat(bad.status()).as(bad.body()).isEqualTo(422);
            assertThat(bad.json().get("errors")).anySatisfy(e -> {
                assertThat(e.get("row").asInt()).isEqualTo(2);
                assertThat(e.get("column").asText()).isEqualTo("from.vendor");
            });
            assertThat(bad.json().get("errors")).anySatisfy(e -> assertThat(e.get("row").asInt()).isEqualTo(3));
            assertThat(api.get(admin, "/api/v1/kev/aliases").json().get("aliases"))
                    .filteredOn(a -> a.get("origin").asText().equals("MINISTRY"))
                    .singleElement().satisfies(a -> assertThat(a.get("from").get("vendor").asText()).isEqualTo(vendor));
            assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'KEV_ALIASES_REPLACED' AND after_state::text LIKE :v")
                    .param("v", "%" + vendor + "%").query(Integer.class).single()).isGreaterThanOrEqualTo(1);
        } finally {
            assertThat(api.put(admin, "/api/v1/kev/aliases", Map.of("aliases", List.of())).status()).isEqualTo(200);
        }
        assertThat(currentKev.lookup().matches(vendor, "RX-100")).isEmpty();
    }

    @Test
    void anotherInstancesLoadIsSeenByTheStampInTheDatabase() throws Exception {
        String vendor = "Other Instance " + UUID.randomUUID().toString().substring(0, 6);
        String cve = "CVE-2098-" + (10000 + (int) (Math.random() * 80000));
        assertThat(currentKev.lookup().matches(vendor, "Edge Router")).isEmpty();
        // what another instance's load leaves in the shared database: new rows and a new stamp
        jdbc.sql("""
                INSERT INTO kev_entry (cve_id, position, vendor_project, product, vulnerability_name, date_added,
                                       short_description, required_action, due_date, known_ransomware)
                VALUES (:cve, -1, :v, 'Edge Router', 'Test', DATE '2098-01-01', 'test', 'patch', DATE '2098-01-22', false)""")
                .param("cve", cve).param("v", vendor).update();
        jdbc.sql("UPDATE kev_stamp SET version = version + 1").update();
        try {
            Thread.sleep(KevCatalogue.STAMP_CHECK_NANOS / 1_000_000 + 200);
            assertThat(currentKev.lookup().matches(vendor, "Edge Router X")).extracting(KevEntry::cveId).containsExactly(cve);
        } finally {
            jdbc.sql("DELETE FROM kev_entry WHERE cve_id = :cve").param("cve", cve).update();
            jdbc.sql("UPDATE kev_stamp SET version = version + 1").update();
        }
        Thread.sleep(KevCatalogue.STAMP_CHECK_NANOS / 1_000_000 + 200);
        assertThat(currentKev.lookup().matches(vendor, "Edge Router X")).isEmpty();
    }

    @Autowired
    KevCatalogue catalogue;

    @Test
    void aStartLoadsANewerShippedCatalogueAndShippedAliasesBesideTheMinistrys() throws Exception {
        String vendor = "起動時テスト" + UUID.randomUUID().toString().substring(0, 6);
        List<jp.mamori.inventory.domain.KevAlias> shippedAliases = KevAliasFile.parse(
                KevReferenceData.read(KevReferenceData.ALIASES), jp.mamori.inventory.domain.KevAlias.Origin.SHIPPED);
        assertThat(api.put(admin, "/api/v1/kev/aliases", Map.of("aliases", List.of(Map.of("from", Map.of("vendor", vendor),
                "to", Map.of("vendor", "Ivanti"))))).status()).isEqualTo(200);
        try {
            // the same file again: nothing to do
            assertThat(catalogue.loadShipped(json.writeValueAsBytes(shipped()), shippedAliases)).isEmpty();

            ObjectNode newer = newer("Shipped Vendor");
            var loaded = catalogue.loadShipped(json.writeValueAsBytes(newer), shippedAliases.subList(1, shippedAliases.size()));
            assertThat(loaded).isPresent();
            JsonNode status = current();
            assertThat(status.get("catalogVersion").asText()).isEqualTo(newer.get("catalogVersion").asText());
            assertThat(status.get("source").asText()).isEqualTo("SHIPPED");
            assertThat(status.get("loadedBy").asText()).isEqualTo("system");
            JsonNode aliases = api.get(admin, "/api/v1/kev/aliases").json().get("aliases");
            assertThat(aliases).filteredOn(a -> a.get("origin").asText().equals("SHIPPED")).hasSize(shippedAliases.size() - 1);
            assertThat(aliases).filteredOn(a -> a.get("origin").asText().equals("MINISTRY"))
                    .singleElement().satisfies(a -> assertThat(a.get("from").get("vendor").asText()).isEqualTo(vendor));
            assertThat(currentKev.lookup().matches("Shipped Vendor", "Remote Portal")).hasSize(1);

            // an older shipped file never replaces a newer catalogue, but its aliases are put back
            assertThat(catalogue.loadShipped(json.writeValueAsBytes(shipped()), shippedAliases)).isPresent();
            assertThat(current().get("catalogVersion").asText()).isEqualTo(newer.get("catalogVersion").asText());
            assertThat(api.get(admin, "/api/v1/kev/aliases").json().get("aliases"))
                    .filteredOn(a -> a.get("origin").asText().equals("SHIPPED")).hasSize(shippedAliases.size());
            assertThat(currentKev.lookup().matches("Pulse Secure", "Pulse Connect Secure")).extracting(KevEntry::cveId)
                    .contains("CVE-2019-11510");
        } finally {
            api.put(admin, "/api/v1/kev/aliases", Map.of("aliases", List.of()));
        }
    }

    @Test
    void thePageIsTheMinistrysAndTheAuditorReadsIt() throws Exception {
        var ministry = authentication(AsUser.admin(() -> SecurityContextHolder.getContext().getAuthentication()));
        String page = mvc.perform(get("/kev").with(ministry)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("KEVカタログ").contains(current().get("catalogVersion").asText())
                .contains("Pulse Secure").contains("name=\"file\"").contains("name=\"fromVendor\"");

        String auditorName = users.user(Role.AUDITOR, null);
        var auditor = authentication(AsUser.as(auditorName, () -> SecurityContextHolder.getContext().getAuthentication()));
        var read = mvc.perform(get("/kev").with(auditor)).andReturn().getResponse();
        assertThat(read.getStatus()).isEqualTo(200);
        assertThat(read.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("name=\"file\"").doesNotContain("name=\"fromVendor\"");
        assertThat(mvc.perform(multipart("/kev").file(new MockMultipartFile("file", "kev.json", "application/json",
                "{}".getBytes(StandardCharsets.UTF_8))).with(auditor).with(csrf())).andReturn().getResponse().getStatus())
                .isEqualTo(403);

        String hospitalName = users.user(Role.HOSPITAL, hospitalCode);
        var hospital = authentication(AsUser.as(hospitalName, () -> SecurityContextHolder.getContext().getAuthentication()));
        assertThat(mvc.perform(get("/kev").with(hospital)).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void thePageListsEveryErrorOfAnUploadedFile() throws Exception {
        var ministry = authentication(AsUser.admin(() -> SecurityContextHolder.getContext().getAuthentication()));
        JsonNode before = current();
        ObjectNode c = newer("Page Vendor");
        ((ObjectNode) c.get("vulnerabilities").get(1)).put("cveID", "cve-bad");
        String page = mvc.perform(multipart("/kev").file(new MockMultipartFile("file", "kev.json", "application/json",
                        json.writeValueAsBytes(c))).with(ministry).with(csrf()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("INVALID_CVE_ID").contains("cve-bad");
        assertThat(current()).isEqualTo(before);

        String saved = mvc.perform(post("/kev/aliases").param("fromVendor", "", "ページ社").param("fromProduct", "", "")
                        .param("toVendor", "", "Cisco").param("toProduct", "", "IOS XE").with(ministry).with(csrf()))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        try {
            assertThat(saved).contains("別名を1件保存しました").contains("value=\"ページ社\"");
            assertThat(currentKev.lookup().matches("ページ社", "C9300")).isNotEmpty();
        } finally {
            api.put(admin, "/api/v1/kev/aliases", Map.of("aliases", List.of()));
        }
    }
}
