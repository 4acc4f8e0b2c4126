package jp.mamori.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import jp.mamori.support.Api;
import jp.mamori.support.IntegrationTest;
import jp.mamori.survey.document.SwitchableScanner;
import jp.mamori.survey.document.TestClamd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** api-survey.md, Documents, over HTTP with a real clamd (started by the test): 422 FILE_INFECTED, 503 SCANNER_UNAVAILABLE. */
@IntegrationTest
class DocumentScanApiTest {

    @TempDir
    static Path clamdDir;
    static TestClamd clamd;

    @Autowired
    Api api;
    @Autowired
    SurveyFixture fixture;
    @Autowired
    SwitchableScanner scanner;

    SurveyFixture.Parties p;

    @BeforeAll
    static void startClamd() throws Exception {
        clamd = TestClamd.start(clamdDir);
    }

    @AfterAll
    static void stopClamd() throws Exception {
        if (clamd != null) {
            clamd.close();
        }
    }

    @BeforeEach
    void setUp() {
        p = fixture.create();
    }

    @AfterEach
    void back() {
        scanner.reset();
    }

    @Test
    void theEicarFileIsRefusedAsInfectedAuditedAndNotStoredWhileACleanOneIsStored() {
        scanner.useClamdAt(clamd.port());

        Api.Response infected = fixture.upload(p.subA(), p.caseId(), "MEMORANDUM", TestClamd.eicar(), "覚書.pdf");
        assertThat(infected.status()).as(infected.body()).isEqualTo(422);
        assertThat(infected.json().get("code").asText()).isEqualTo("FILE_INFECTED");
        assertThat(documents()).as("nothing stored").isZero();
        assertThat(fixture.audits("SURVEY_DOCUMENT_INFECTED", String.valueOf(p.caseId()))).isEqualTo(1);

        Api.Response clean = fixture.upload(p.subA(), p.caseId(), "MEMORANDUM", SurveyFixture.pdf(), "覚書.pdf");
        assertThat(clean.status()).as("scanned by clamd and clean: " + clean.body()).isEqualTo(201);
        assertThat(documents()).isEqualTo(1);
    }

    @Test
    void aConfiguredScannerThatCannotBeReachedRefusesTheUploadWith503AndStoresNothing() throws Exception {
        scanner.useClamdAt(TestClamd.freePort());

        Api.Response down = fixture.upload(p.subA(), p.caseId(), "MEMORANDUM", SurveyFixture.pdf(), "覚書.pdf");
        assertThat(down.status()).as(down.body()).isEqualTo(503);
        assertThat(down.json().get("code").asText()).isEqualTo("SCANNER_UNAVAILABLE");
        assertThat(documents()).as("nothing stored").isZero();
    }

    int documents() {
        Api.Response r = api.get(p.subA(), "/api/v1/cases/" + p.caseId() + "/documents");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("documents").size();
    }
}
