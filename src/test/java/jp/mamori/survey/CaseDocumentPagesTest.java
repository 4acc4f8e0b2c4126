package jp.mamori.survey;

import static jp.mamori.support.PageRequests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;

import jp.mamori.security.Role;
import jp.mamori.support.Api;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.PageRequests;
import jp.mamori.support.TestUsers;
import jp.mamori.survey.document.DocumentKind;
import jp.mamori.survey.document.DocumentVault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The documents part of the case page, and who sees it: refusals in Japanese with nothing stored, downloads audited. */
@IntegrationTest
class CaseDocumentPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SurveyFixture fixture;
    @Autowired
    TestUsers users;
    @Autowired
    Api api;
    @Autowired
    DocumentVault vault;

    PageRequests pages;
    SurveyFixture.Parties p;
    String hospital;

    @BeforeEach
    void setUp() {
        pages = new PageRequests(mvc);
        p = fixture.create();
        hospital = users.user(Role.HOSPITAL, fixture.hospitalOf(p.caseId()));
    }

    @Test
    void anExecutableRenamedPdfUploadedOnThePageIsRefusedInJapaneseAndNothingIsStored() throws Exception {
        fixture.signMemorandum(p);
        int before = vault.list(p.caseId()).size();
        String page = pages.submit(multipart("/survey/cases/" + p.caseId() + "/documents")
                .file(new MockMultipartFile("file", "構成図.pdf", "application/pdf", SurveyFixture.executable()))
                .param("kind", "NETWORK_DIAGRAM"), as(hospital));
        assertThat(page).contains("はアップロードできません。アップロードできるのは").contains("field__error")
                .doesNotContain("を登録しました。");
        assertThat(vault.list(p.caseId())).hasSize(before);
        assertThat(vault.list(p.caseId())).noneMatch(d -> d.kind() == DocumentKind.NETWORK_DIAGRAM);
    }

    @Test
    void aDiagramBeforeTheMemorandumIsRefusedWithMemorandumPending() throws Exception {
        String page = pages.submit(multipart("/survey/cases/" + p.caseId() + "/documents")
                .file(new MockMultipartFile("file", "図.pdf", "application/pdf", SurveyFixture.pdf()))
                .param("kind", "SYSTEM_DIAGRAM"), as(hospital));
        assertThat(page).contains("覚書の締結（「覚書」の手順）が済むまで、覚書以外の資料は受け付けられません。");
        assertThat(vault.list(p.caseId())).isEmpty();
    }

    @Test
    void aHospitalUploadsADiagramSeesItListedDownloadsItAuditedAndDeletesIt() throws Exception {
        fixture.signMemorandum(p);
        String page = pages.submit(multipart("/survey/cases/" + p.caseId() + "/documents")
                .file(new MockMultipartFile("file", "ネットワーク構成図.pdf", "application/pdf", SurveyFixture.pdf()))
                .param("kind", "NETWORK_DIAGRAM"), as(hospital));
        assertThat(page).contains("資料「ネットワーク構成図.pdf」を登録しました。").contains("ネットワーク構成図.pdf");
        var stored = vault.list(p.caseId()).stream().filter(d -> d.kind() == DocumentKind.NETWORK_DIAGRAM).findFirst().orElseThrow();

        MockHttpServletResponse download = pages.response(get("/survey/cases/" + p.caseId() + "/documents/" + stored.id()).with(as(hospital)));
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentAsByteArray()).isEqualTo(SurveyFixture.pdf());
        assertThat(fixture.audits("SURVEY_DOCUMENT_DOWNLOADED", stored.id().toString())).isEqualTo(1);

        // another hospital may neither download nor delete it
        String other = users.user(Role.HOSPITAL, fixture.hospitalOf(p.otherCaseId()));
        assertThat(pages.status(get("/survey/cases/" + p.caseId() + "/documents/" + stored.id()).with(as(other)))).isEqualTo(403);
        assertThat(pages.status(post("/survey/cases/" + p.caseId() + "/documents/" + stored.id() + "/delete").with(as(other)).with(csrf())))
                .isEqualTo(403);

        String deleted = pages.submit(post("/survey/cases/" + p.caseId() + "/documents/" + stored.id() + "/delete"), as(hospital));
        assertThat(deleted).contains("資料を削除しました。");
        assertThat(vault.find(stored.id())).isEmpty();
    }

    @Test
    void aPrefectureWithoutConsentSeesTheStateOnlyAndGets403OnTheQuestionnaire() throws Exception {
        fixture.signMemorandum(p);
        String prefecture = users.user(Role.PREFECTURE, p.prefectureCode());
        String page = pages.html(get("/survey/cases/" + p.caseId()).with(as(prefecture)));
        assertThat(page).contains("id=\"case-state\"")
                .doesNotContain("id=\"documents\"").doesNotContain("/questionnaire").doesNotContain("id=\"contacts\"")
                .doesNotContain("覚書.pdf");
        assertThat(pages.status(get("/survey/cases/" + p.caseId() + "/questionnaire").with(as(prefecture)))).isEqualTo(403);

        // with the hospital's consent the same prefecture reads the documents and the questionnaire, and cannot write
        assertThat(api.put(p.hospital(), "/api/v1/cases/" + p.caseId() + "/sharing", Map.of("prefecture", true)).status()).isEqualTo(200);
        String shared = pages.html(get("/survey/cases/" + p.caseId()).with(as(prefecture)));
        assertThat(shared).contains("id=\"documents\"").contains("覚書.pdf").doesNotContain("id=\"upload\"").doesNotContain("id=\"contacts\"");
        String questionnaire = pages.html(get("/survey/cases/" + p.caseId() + "/questionnaire").with(as(prefecture)));
        assertThat(questionnaire).contains("id=\"answers\"").doesNotContain("id=\"questionnaire\"");
    }

    @Test
    void aHospitalCannotOpenAnotherHospitalsCasePage() throws Exception {
        String other = users.user(Role.HOSPITAL, fixture.hospitalOf(p.otherCaseId()));
        assertThat(pages.status(get("/survey/cases/" + p.caseId()).with(as(other)))).isEqualTo(403);
        assertThat(pages.status(get("/survey/cases/" + p.caseId() + "/questionnaire").with(as(other)))).isEqualTo(403);
        assertThat(pages.html(get("/survey/cases/" + p.caseId()).with(as(hospital)))).contains("id=\"documents\"");
    }
}
