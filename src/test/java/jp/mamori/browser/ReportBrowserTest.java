package jp.mamori.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import jp.mamori.security.Role;
import jp.mamori.shared.JapaneseDates;
import jp.mamori.support.Accessibility;
import jp.mamori.support.Api;
import jp.mamori.support.BrowserSession;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.SignedCases;
import jp.mamori.support.TestContractors;
import jp.mamori.support.TestUsers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In Chromium, the report's journey: the lead writes the summary and the priorities and is not offered the approval,
 * another account of the contractor approves (REPORT done), DELIVERY is recorded on the case page, and the hospital
 * sees the delivery date in 和暦 and downloads the PDF with its name and the lead's words. axe finds nothing on the
 * report page for the lead, the approver and the hospital.
 */
@IntegrationTest
class ReportBrowserTest {

    static BrowserSession browser;

    @LocalServerPort
    int port;
    @Autowired
    SignedCases signedCases;
    @Autowired
    Api api;
    @Autowired
    TestContractors contractors;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theLeadWritesAnotherAccountApprovesDeliveryIsRecordedAndTheHospitalDownloadsThePdf() throws IOException {
        SignedCases.SignedCase signed = signedCases.signed("rb");
        long id = signed.caseId();
        String lead = signed.surveyor();
        String admin = api.token(Role.MHLW_ADMIN, null);
        Api.Response assigned = api.put(admin, "/api/v1/cases/" + id + "/assignment",
                Map.of("organizationId", signed.organizationId(), "leadUsername", lead));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        String approver = contractors.account(signed.organizationId(), false);
        String hospitalName = api.get(admin, "/api/v1/cases/" + id).json().get("hospitalName").asText();
        assertThat(hospitalName).isNotBlank();
        LocalDate today = LocalDate.now(JapaneseDates.TOKYO);
        // the survey itself done today: how it got done is the survey's browser tests' business, not the report's
        for (String step : List.of("PRESURVEY", "HEARING", "ONSITE")) {
            jdbc.sql("""
                    INSERT INTO survey_case_step (case_id, step, done_on) VALUES (:c, :s, :d)
                    ON CONFLICT (case_id, step) DO UPDATE SET done_on = EXCLUDED.done_on
                    """).param("c", id).param("s", step).param("d", today).update();
        }
        String summary = "外部との接続点は2か所です。保守回線はパスワードだけで常時接続されています。";

        browser = new BrowserSession(port);
        Page writer = browser.loggedIn(lead, TestContractors.PASSWORD);
        writer.onDialog(d -> d.accept());
        writer.navigate("/survey/cases/" + id);
        writer.locator("a[href$='/survey/cases/" + id + "/report']").click();
        writer.waitForURL("**/survey/cases/" + id + "/report");
        assertThat(writer.locator("h1")).hasText("調査報告書");
        assertThat(writer.locator("#report-status")).containsText("報告書はまだ書かれていません");
        Accessibility.assertWcag(writer);

        writer.getByLabel("総括").fill(summary);
        writer.getByLabel("優先して取り組むこと").fill("保守回線に多要素認証を入れる\n\nバックアップを院内網から切り離す\n");
        writer.locator("#report-form button[type=submit]").click();
        writer.waitForURL("**/survey/cases/" + id + "/report");
        assertThat(writer.locator("div[role=status]")).hasText("報告書の本文を保存しました。");
        assertThat(writer.locator("#report-version")).hasText("第1版");
        assertThat(writer.locator("#report-state")).hasText("作成中（未承認）");
        assertThat(writer.locator("#summary")).hasValue(summary);
        assertThat(writer.locator("#priorities")).hasValue("保守回線に多要素認証を入れる\nバックアップを院内網から切り離す");
        // four eyes: the lead is told why and offered no approve button
        assertThat(writer.locator("#four-eyes")).hasText("主担当は自分の書いた報告書を承認できません。同じ事業者の別のアカウントに承認を依頼してください。");
        assertThat(writer.locator("form[action$='/report/approve']")).hasCount(0);
        Accessibility.assertWcag(writer);

        Page second = browser.loggedIn(approver, TestContractors.PASSWORD);
        second.onDialog(d -> d.accept());
        second.navigate("/survey/cases/" + id);
        second.locator("a[href$='/survey/cases/" + id + "/report']").click();
        second.waitForURL("**/survey/cases/" + id + "/report");
        assertThat(second.locator("#report-form")).hasCount(0);
        assertThat(second.locator("#four-eyes")).hasCount(0);
        assertThat(second.locator("#report-text")).containsText(summary);
        assertThat(second.locator("#report-text li")).hasText(new String[] {"保守回線に多要素認証を入れる", "バックアップを院内網から切り離す"});
        Accessibility.assertWcag(second);
        second.locator("#report-approve button[type=submit]").click();
        assertThat(second.locator("div[role=status]")).hasText("報告書を承認しました。「報告書の承認」の手順が完了しました。");
        assertThat(second.locator("#report-state")).hasText("承認済み（未納品）");
        assertThat(second.locator("#report-status")).containsText(approver);
        assertThat(second.locator("#report-status")).containsText(JapaneseDates.withWareki(today));
        Accessibility.assertWcag(second);

        // back on the case page: REPORT done today; DELIVERY recorded through its step form
        second.locator("a[href$='/survey/cases/" + id + "']").first().click();
        second.waitForURL("**/survey/cases/" + id);
        assertThat(second.locator("#row-REPORT td").last()).hasText(JapaneseDates.withWareki(today));
        // the next step's form is already open: DELIVERY is what the case waits for
        assertThat(second.locator("#step-DELIVERY")).hasJSProperty("open", true);
        second.locator("#d-DELIVERY").fill(today.toString());
        second.locator("#step-DELIVERY button[type=submit]").click();
        second.getByText("報告書の納品を保存しました。").waitFor();
        assertThat(second.locator("#row-DELIVERY td").last()).hasText(JapaneseDates.withWareki(today));

        String hospitalUser = users.user(Role.HOSPITAL, signed.hospitalCode());
        Page hospital = browser.loggedIn(hospitalUser, users.password(hospitalUser));
        hospital.navigate("/survey/cases/" + id);
        hospital.locator("a[href$='/survey/cases/" + id + "/report']").click();
        hospital.waitForURL("**/survey/cases/" + id + "/report");
        assertThat(hospital.locator("#report-state")).hasText("納品済み");
        assertThat(hospital.locator("#report-delivered")).hasText(JapaneseDates.withWareki(today));
        assertThat(hospital.locator("#report-text")).containsText(summary);
        assertThat(hospital.locator("#report-form")).hasCount(0);
        assertThat(hospital.locator("#report-approve")).hasCount(0);
        Accessibility.assertWcag(hospital);
        browser.screenshot(hospital, "report-hospital");

        Download download = hospital.waitForDownload(() -> hospital.locator("#download-pdf").click());
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        assertThat(download.suggestedFilename()).endsWith(".pdf");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // the text layer may break a long line anywhere: compare without the line breaks
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertThat(text).contains(hospitalName.replaceAll("\\s", "")).contains(summary.replaceAll("\\s", ""))
                    .contains("保守回線に多要素認証を入れる");
        }
    }
}
