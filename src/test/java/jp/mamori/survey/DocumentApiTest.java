package jp.mamori.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jp.mamori.support.Api;
import jp.mamori.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** api-survey.md, Documents, per role: upload, list, download (audited), delete, program destruction, and refusals. */
@IntegrationTest
class DocumentApiTest {

    @Autowired
    Api api;
    @Autowired
    SurveyFixture fixture;

    SurveyFixture.Parties p;

    @BeforeEach
    void setUp() {
        p = fixture.create();
    }

    String docs() {
        return "/api/v1/cases/" + p.caseId() + "/documents";
    }

    @Test
    void onlyTheMemorandumIsTakenBeforeTheMemorandumStepAndThenTheHospitalUploads() {
        Api.Response early = fixture.upload(p.hospital(), p.caseId(), "NETWORK_DIAGRAM", SurveyFixture.pdf(), "構成図.pdf");
        assertThat(early.status()).as(early.body()).isEqualTo(409);
        assertThat(early.json().get("code").asText()).isEqualTo("MEMORANDUM_PENDING");

        fixture.signMemorandum(p);
        Api.Response up = fixture.upload(p.hospital(), p.caseId(), "NETWORK_DIAGRAM", SurveyFixture.pdf(), "院内 構成図.pdf");
        assertThat(up.status()).as(up.body()).isEqualTo(201);
        JsonNode d = up.json();
        assertThat(d.get("kind").asText()).isEqualTo("NETWORK_DIAGRAM");
        assertThat(d.get("fileName").asText()).isEqualTo("院内 構成図.pdf");
        assertThat(d.get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(d.get("size").asLong()).isEqualTo(SurveyFixture.pdf().length);
        assertThat(d.get("sha256").asText()).matches("[0-9a-f]{64}");
        assertThat(d.get("uploadedBy").asText()).isNotBlank();
        assertThat(d.get("uploadedAt").asText()).isNotBlank();

        assertThat(fixture.upload(p.hospital(), p.caseId(), "REPORT", SurveyFixture.pdf(), "r.pdf").status())
                .as("reports are written by the system").isEqualTo(422);
        assertThat(fixture.upload(p.otherHospital(), p.caseId(), "OTHER", SurveyFixture.pdf(), "x.pdf").status()).isEqualTo(403);
        assertThat(fixture.upload(p.subB(), p.caseId(), "OTHER", SurveyFixture.pdf(), "x.pdf").status()).isEqualTo(403);
        assertThat(fixture.upload(p.prefecture(), p.caseId(), "OTHER", SurveyFixture.pdf(), "x.pdf").status()).isEqualTo(403);
        assertThat(fixture.upload(p.admin(), p.caseId(), "OTHER", SurveyFixture.pdf(), "x.pdf").status()).isEqualTo(403);
        assertThat(fixture.upload(p.subA(), p.caseId(), null, SurveyFixture.pdf(), "x.pdf").status()).as("no kind").isEqualTo(422);
    }

    @Test
    void anExecutableRenamedPdfAndAFileOverTwentyFiveMegabytesAreRefused() {
        Api.Response exe = fixture.upload(p.subA(), p.caseId(), "MEMORANDUM", SurveyFixture.executable(), "覚書.pdf");
        assertThat(exe.status()).as(exe.body()).isEqualTo(422);
        assertThat(exe.json().get("code").asText()).isEqualTo("FILE_TYPE_NOT_ALLOWED");

        byte[] huge = new byte[25 * 1024 * 1024 + 1];
        System.arraycopy(SurveyFixture.pdf(), 0, huge, 0, SurveyFixture.pdf().length);
        Api.Response large = fixture.upload(p.subA(), p.caseId(), "MEMORANDUM", huge, "覚書.pdf");
        assertThat(large.status()).as(large.body()).isEqualTo(413);
        assertThat(large.json().get("code").asText()).isEqualTo("FILE_TOO_LARGE");
        assertThat(api.get(p.subA(), docs()).json().get("documents")).isEmpty();
    }

    @Test
    void whoSeesWhichDocumentsAndEveryDownloadIsAudited() {
        fixture.signMemorandum(p);
        Api.Response diagram = fixture.upload(p.subA(), p.caseId(), "SYSTEM_DIAGRAM", SurveyFixture.pdf(), "システム図\"; x=.pdf");
        assertThat(diagram.status()).as(diagram.body()).isEqualTo(201);
        String diagramId = diagram.json().get("id").asText();

        assertThat(api.get(p.hospital(), docs()).json().get("documents")).hasSize(2);
        assertThat(api.get(p.subA(), docs()).json().get("documents")).hasSize(2);
        assertThat(api.get(p.prime(), docs()).json().get("documents")).as("the parent contractor").hasSize(2);
        long listed = fixture.audits("SURVEY_DOCUMENTS_LISTED", String.valueOf(p.caseId()));
        JsonNode ministry = api.get(p.admin(), docs()).json().get("documents");
        assertThat(fixture.audits("SURVEY_DOCUMENTS_LISTED", String.valueOf(p.caseId()))).isEqualTo(listed + 1);
        assertThat(ministry).hasSize(1);
        assertThat(ministry.get(0).get("kind").asText()).isEqualTo("MEMORANDUM");
        assertThat(api.get(p.otherHospital(), docs()).status()).isEqualTo(403);
        assertThat(api.get(p.subB(), docs()).status()).isEqualTo(403);
        assertThat(api.get(p.auditor(), docs()).status()).isEqualTo(403);
        assertThat(api.get(p.prefecture(), docs()).status()).as("without consent").isEqualTo(403);
        assertThat(api.get(p.prefecture(), docs() + "/" + diagramId).status()).isEqualTo(403);

        Api.Response download = api.get(p.hospital(), docs() + "/" + diagramId);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(SurveyFixture.pdf());
        assertThat(download.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        String disposition = download.headers().getFirst("Content-Disposition");
        assertThat(disposition).startsWith("attachment; filename=\"").contains("filename*=UTF-8''")
                .doesNotContain("\"; x=");
        assertThat(fixture.audits("SURVEY_DOCUMENT_DOWNLOADED", diagramId)).isEqualTo(1);
        assertThat(api.get(p.admin(), docs() + "/" + diagramId).status()).as("the ministry: memorandum only").isEqualTo(403);
        String memorandumId = ministry.get(0).get("id").asText();
        assertThat(api.get(p.admin(), docs() + "/" + memorandumId).status()).isEqualTo(200);
        assertThat(fixture.audits("SURVEY_DOCUMENT_DOWNLOADED", memorandumId)).isEqualTo(1);
        assertThat(api.get(p.auditor(), docs() + "/" + memorandumId).status()).isEqualTo(403);
        assertThat(api.get(p.hospital(), "/api/v1/cases/" + p.otherCaseId() + "/documents/" + diagramId).status())
                .as("another case's path").isIn(403, 404);

        assertThat(api.put(p.hospital(), "/api/v1/cases/" + p.caseId() + "/sharing", Map.of("prefecture", true)).status()).isEqualTo(200);
        assertThat(api.get(p.prefecture(), docs()).json().get("documents")).as("with consent").hasSize(2);
        assertThat(api.get(p.prefecture(), docs() + "/" + diagramId).status()).isEqualTo(200);
        assertThat(api.get(p.otherPrefecture(), docs()).status()).isEqualTo(403);
    }

    @Test
    void aDocumentIsDeletedByItsUploaderOrTheContractorUntilItsStepIsDone() {
        fixture.signMemorandum(p);
        String memorandumId = api.get(p.subA(), docs()).json().get("documents").get(0).get("id").asText();
        Api.Response late = api.send("DELETE", p.subA(), docs() + "/" + memorandumId, MediaType.APPLICATION_JSON, null);
        assertThat(late.status()).as("after its step").isEqualTo(409);
        assertThat(late.json().get("code").asText()).isEqualTo("STEP_DONE");

        String other = fixture.upload(p.hospital(), p.caseId(), "OTHER", SurveyFixture.pdf(), "その他.pdf").json().get("id").asText();
        assertThat(api.send("DELETE", p.subB(), docs() + "/" + other, MediaType.APPLICATION_JSON, null).status()).isEqualTo(403);
        assertThat(api.send("DELETE", p.admin(), docs() + "/" + other, MediaType.APPLICATION_JSON, null).status()).isEqualTo(403);
        assertThat(api.send("DELETE", p.hospital(), docs() + "/" + other, MediaType.APPLICATION_JSON, null).status()).isEqualTo(204);
        assertThat(fixture.audits("SURVEY_DOCUMENT_DELETED", other)).isEqualTo(1);
        assertThat(api.get(p.hospital(), docs() + "/" + other).status()).isEqualTo(404);

        String byHospital = fixture.upload(p.hospital(), p.caseId(), "VENDOR_CHECKLIST", SurveyFixture.pdf(), "v.pdf").json().get("id").asText();
        assertThat(api.send("DELETE", p.subA(), docs() + "/" + byHospital, MediaType.APPLICATION_JSON, null).status())
                .as("the assigned contractor").isEqualTo(204);
    }

    @Test
    void destroyingAProgramsDocumentsIsConfirmedCountedAndAudited() {
        fixture.signMemorandum(p);
        fixture.upload(p.subA(), p.caseId(), "OTHER", SurveyFixture.pdf(), "a.pdf");
        String path = "/api/v1/programs/" + p.pid() + "/documents";
        assertThat(api.send("DELETE", p.subA(), path, MediaType.APPLICATION_JSON, Map.of("confirm", p.pid())).status()).isEqualTo(403);
        Api.Response wrong = api.send("DELETE", p.admin(), path, MediaType.APPLICATION_JSON, Map.of("confirm", "nope"));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(api.get(p.subA(), docs()).json().get("documents")).hasSize(2);

        Api.Response destroyed = api.send("DELETE", p.admin(), path, MediaType.APPLICATION_JSON, Map.of("confirm", p.pid()));
        assertThat(destroyed.status()).as(destroyed.body()).isEqualTo(200);
        assertThat(destroyed.json().get("destroyed").asInt()).isEqualTo(2);
        assertThat(fixture.audits("SURVEY_DOCUMENTS_DESTROYED", p.pid())).isEqualTo(1);
        assertThat(api.get(p.subA(), docs()).json().get("documents")).isEmpty();
    }
}
