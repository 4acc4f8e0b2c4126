package jp.mamori.inventory;

import static jp.mamori.inventory.Rows.connections;
import static jp.mamori.inventory.Rows.findingsOf;
import static jp.mamori.inventory.Rows.ofRule;
import static jp.mamori.inventory.Rows.quiet;
import static jp.mamori.inventory.Rows.with;
import static jp.mamori.support.PageRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import jp.mamori.security.Role;
import jp.mamori.support.Api;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.PageRequests;
import jp.mamori.support.TestUsers;
import jp.mamori.survey.SurveyFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The inventory and findings pages per role of "Who sees what", their refusals, and the diagram endpoints. */
@IntegrationTest
class InventoryPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Api api;
    @Autowired
    SurveyFixture fixture;
    @Autowired
    TestUsers users;

    /** A device no KEV entry names, so only the two rules the tests are about speak. */
    static final Map<String, Object> UNLISTED = Map.of("vendor", "テスト機器製作所", "product", "TX-100", "version", "1.0",
            "address", "192.0.2.20");

    PageRequests pages;
    SurveyFixture.Parties p;
    String contractor;
    String hospital;
    String prefecture;
    String inventoryPage;
    String findingsPage;

    @BeforeEach
    void setUp() {
        pages = new PageRequests(mvc);
        p = fixture.create();
        fixture.signMemorandum(p);
        contractor = p.subAStaff();
        hospital = users.user(Role.HOSPITAL, fixture.hospitalOf(p.caseId()));
        prefecture = users.user(Role.PREFECTURE, p.prefectureCode());
        inventoryPage = "/survey/cases/" + p.caseId() + "/inventory";
        findingsPage = "/survey/cases/" + p.caseId() + "/findings";
    }

    /** Two points: an always-on password-only maintenance link (HIGH) and an unrestricted internet VPN (MEDIUM). */
    List<JsonNode> twoSuggestions() {
        Rows.create(api, p.subA(), p.caseId(), with(quiet(), "counterpart", "A社 保守センター", "alwaysOn", true, "authentication", "PASSWORD",
                "device", UNLISTED));
        Rows.create(api, p.subA(), p.caseId(), with(quiet(), "purpose", "INTERNET", "counterpart", "B社 クラウド", "sourceRestricted", false,
                "device", UNLISTED));
        assertThat(findingsOf(api, p.subA(), p.caseId())).hasSize(2);
        List<JsonNode> all = findingsOf(api, p.subA(), p.caseId());
        return List.of(ofRule(all, "ALWAYS_ON_PASSWORD_ONLY").get(0), ofRule(all, "NO_SOURCE_RESTRICTION").get(0));
    }

    List<JsonNode> stored() {
        Api.Response r = api.get(p.subA(), connections(p.caseId()));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<JsonNode> out = new java.util.ArrayList<>();
        r.json().get("connections").forEach(out::add);
        return out;
    }

    @Test
    void theContractorSeesTheEntryFormTheSheetTheDiagramAndTheSuggestionsToDecide() throws Exception {
        List<JsonNode> s = twoSuggestions();
        String inventory = pages.html(get(inventoryPage).with(as(contractor)));
        assertThat(inventory).contains("id=\"entry\"").contains("<datalist id=\"systems-list\"").contains("保存して次を追加")
                .contains("A社 保守センター").contains("B社 クラウド").contains("/inventory/sheet").contains("class=\"diagram__elements\"")
                .contains("/delete").contains("name=\"version\"");
        String findings = pages.html(get(findingsPage).with(as(contractor)));
        assertThat(findings).contains("id=\"suggestions\"").contains("判断待ちの提案（2件）")
                .contains("id=\"confirm-" + s.get(0).get("id").asLong() + "\"").contains("id=\"manual\"")
                .contains(s.get(0).get("title").asText()).contains(s.get(1).get("title").asText());
        // worst first: the HIGH suggestion before the MEDIUM one
        assertThat(findings.indexOf(s.get(0).get("title").asText())).isLessThan(findings.indexOf(s.get(1).get("title").asText()));
    }

    @Test
    void saveAndAddAnotherStoresTheRowAndComesBackToTheFirstFieldAndQuestionnaireSystemsAreOffered() throws Exception {
        Api.Response answered = api.put(p.hospital(), "/api/v1/cases/" + p.caseId() + "/questionnaire",
                Map.of("answers", Map.of("systems", List.of(Map.of("name", "電子カルテ", "kind", "EMR", "vendor", "A社")))));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        String page = pages.submit(post(inventoryPage).param("purpose", "REMOTE_MAINTENANCE").param("counterpart", "C社 保守")
                .param("system", "電子カルテ").param("alwaysOn", "true").param("authentication", "PASSWORD").param("status", "HEARING")
                .param("sourceRestricted", "").param("then", "add"), as(contractor));
        assertThat(page).contains("接続点「C社 保守」を保存しました。").containsPattern("id=\"f-purpose\"[^>]*autofocus");
        assertThat(page).contains("<option value=\"電子カルテ\">");
        assertThat(stored()).singleElement().satisfies(r -> {
            assertThat(r.get("alwaysOn").asBoolean()).isTrue();
            assertThat(r.get("sourceRestricted").isNull()).isTrue();
            assertThat(r.get("system").asText()).isEqualTo("電子カルテ");
        });
    }

    @Test
    void aRefusedRowIsShownInJapaneseNextToItsFieldsWithWhatWasTypedAndNothingIsStored() throws Exception {
        MockHttpServletResponse r = pages.response(post(inventoryPage).param("purpose", "").param("counterpart", "D社 連携")
                .param("lastPatchedOn", fixture.today().plusDays(3).toString()).param("status", "HEARING")
                .with(as(contractor)).with(csrf()));
        assertThat(r.getStatus()).isEqualTo(422);
        String html = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"f-purpose-e\"").contains("用途（purpose）を入力してください")
                .contains("id=\"f-lastPatchedOn-e\"").contains("未来の日付").contains("aria-invalid=\"true\"")
                .contains("value=\"D社 連携\"");
        assertThat(stored()).isEmpty();
    }

    @Test
    void aStaleSaveShowsStaleVersionKeepsWhatWasTypedAndOverwritesNothing() throws Exception {
        JsonNode row = Rows.create(api, p.subA(), p.caseId(), quiet());
        Rows.update(api, p.subA(), p.caseId(), row, with(quiet(), "note", "別の人が先に直した"));
        long cid = row.get("id").asLong();
        MockHttpServletResponse r = pages.response(post(inventoryPage + "/" + cid).param("purpose", "REMOTE_MAINTENANCE")
                .param("counterpart", "古い画面から E社").param("status", "ONSITE").param("version", "0")
                .with(as(contractor)).with(csrf()));
        assertThat(r.getStatus()).isEqualTo(409);
        String html = r.getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("は、読み込んだ後に他の人が変更しました。").contains("value=\"古い画面から E社\"")
                .contains("id=\"stale\"").contains("別の人が先に直した");
        assertThat(stored()).singleElement().satisfies(x -> {
            assertThat(x.get("counterpart").asText()).isEqualTo("A社 保守センター");
            assertThat(x.get("version").asInt()).isEqualTo(1);
        });
        // a stale delete removes nothing either
        String after = pages.submit(post(inventoryPage + "/" + cid + "/delete").param("version", "0"), as(contractor));
        assertThat(after).contains("他の人が変更しました");
        assertThat(stored()).hasSize(1);
    }

    @Test
    void theContractorConfirmsOneDismissesOneOnlyWithAReasonAndEachShowsItsHistory() throws Exception {
        List<JsonNode> s = twoSuggestions();
        long high = s.get(0).get("id").asLong();
        long medium = s.get(1).get("id").asLong();
        String confirmed = pages.submit(post(findingsPage + "/" + high + "/confirm"), as(contractor));
        assertThat(confirmed).contains("を「未対応」にしました。").contains("未対応の指摘（1件）");

        MockHttpServletResponse refused = pages.response(post(findingsPage + "/" + medium + "/dismiss").param("reason", " ")
                .with(as(contractor)).with(csrf()));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("却下する理由を入力してください。")
                .contains("id=\"r-" + medium + "-DISMISSED-e\"");
        assertThat(state(medium)).isEqualTo("SUGGESTED");

        String dismissed = pages.submit(post(findingsPage + "/" + medium + "/dismiss").param("reason", "閉域網の内側で使っている"),
                as(contractor));
        assertThat(dismissed).contains("対応済み・却下（1件）").contains("閉域網の内側で使っている").contains("経過（2件）");
        assertThat(state(medium)).isEqualTo("DISMISSED");
    }

    @Test
    void theHospitalSeesWhatItMustFixWithoutSuggestionsOrEditFormsAndRecordsItsOwnDecisions() throws Exception {
        List<JsonNode> s = twoSuggestions();
        long high = s.get(0).get("id").asLong();
        assertThat(api.post(p.subA(), Rows.findings(p.caseId()) + "/" + high + "/confirm", Map.of()).status()).isEqualTo(200);

        String inventory = pages.html(get(inventoryPage).with(as(hospital)));
        assertThat(inventory).contains("A社 保守センター").doesNotContain("id=\"entry\"").doesNotContain("/delete")
                .doesNotContain("/inventory/sheet\"").contains("class=\"diagram__elements\"");
        String findings = pages.html(get(findingsPage).with(as(hospital)));
        assertThat(findings).contains("対応していただきたいこと（1件）").contains(s.get(0).get("title").asText())
                .contains(s.get(0).get("recommendation").asText())
                .doesNotContain(s.get(1).get("title").asText()).doesNotContain("id=\"suggestions\"")
                .doesNotContain("id=\"confirm-").doesNotContain("id=\"manual\"")
                .contains("id=\"do-ACCEPTED-" + high + "\"").contains("id=\"do-FIXED-" + high + "\"");

        String accepted = pages.submit(post(findingsPage + "/" + high + "/state").param("state", "ACCEPTED")
                .param("reason", "来年度の更改で対応する"), as(hospital));
        assertThat(accepted).contains("リスクを受容した指摘（1件）").contains("来年度の更改で対応する");
        assertThat(state(high)).isEqualTo("ACCEPTED");
        // the hospital may not reopen what it accepted (the contractor does)
        assertThat(accepted).doesNotContain("id=\"reopen-" + high + "\"");
    }

    @Test
    void thePrefectureReadsOnlyWithConsentAndTheMinistryNever() throws Exception {
        twoSuggestions();
        assertThat(pages.status(get(inventoryPage).with(as(prefecture)))).isEqualTo(403);
        assertThat(pages.status(get(findingsPage).with(as(prefecture)))).isEqualTo(403);
        String ministry = users.user(Role.MHLW_ADMIN, null);
        assertThat(pages.status(get(inventoryPage).with(as(ministry)))).isEqualTo(403);
        assertThat(pages.status(get(findingsPage).with(as(ministry)))).isEqualTo(403);
        assertThat(pages.status(get(findingsPage).with(as(users.user(Role.AUDITOR, null))))).isEqualTo(403);

        assertThat(api.put(p.hospital(), "/api/v1/cases/" + p.caseId() + "/sharing", Map.of("prefecture", true)).status()).isEqualTo(200);
        String inventory = pages.html(get(inventoryPage).with(as(prefecture)));
        assertThat(inventory).contains("A社 保守センター").doesNotContain("id=\"entry\"").doesNotContain("/delete")
                .doesNotContain("/inventory/sheet\"");
        String findings = pages.html(get(findingsPage).with(as(prefecture)));
        assertThat(findings).contains("閲覧のみ").doesNotContain("id=\"suggestions\"").doesNotContain("finding__actions")
                .doesNotContain("id=\"manual\"");
        // and its posts are refused
        long any = findingsOf(api, p.subA(), p.caseId()).get(0).get("id").asLong();
        assertThat(mvc.perform(post(findingsPage + "/" + any + "/confirm").with(as(prefecture)).with(csrf())).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theDiagramIsSvgWithItsWordsAsTextAndPngAndTheMinistryGetsNeither() throws Exception {
        twoSuggestions();
        String path = "/api/v1/cases/" + p.caseId() + "/diagram";
        Api.Response svg = api.get(p.subA(), path + ".svg");
        assertThat(svg.status()).as(svg.body()).isEqualTo(200);
        assertThat(svg.headers().getContentType().toString()).isEqualTo("image/svg+xml;charset=UTF-8");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.body().getBytes(StandardCharsets.UTF_8)));
        NodeList texts = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            words.append(texts.item(i).getTextContent()).append('\n');
        }
        assertThat(words.toString()).contains("A社 保守センター").contains("B社 クラウド");
        assertThat(fixture.audits("INVENTORY_DIAGRAM_READ", String.valueOf(p.caseId()))).isEqualTo(1);

        byte[] png = api.getBytes(p.hospital(), path + ".png");
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isPositive();

        assertThat(api.get(p.admin(), path + ".svg").status()).isEqualTo(403);
        assertThat(api.get(p.admin(), path + ".png").status()).isEqualTo(403);
        assertThat(api.get(p.prefecture(), path + ".svg").status()).isEqualTo(403);
    }

    String state(long findingId) {
        return findingsOf(api, p.subA(), p.caseId()).stream().filter(f -> f.get("id").asLong() == findingId)
                .findFirst().orElseThrow().get("state").asText();
    }
}
