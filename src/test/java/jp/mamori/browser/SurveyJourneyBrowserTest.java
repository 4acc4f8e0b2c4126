package jp.mamori.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import jp.mamori.security.Role;
import jp.mamori.shared.JapaneseDates;
import jp.mamori.support.Api;
import jp.mamori.support.BrowserSession;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.TestContractors;
import jp.mamori.support.SignedCases;
import jp.mamori.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In Chromium, one case from the memorandum to the hearing: the hospital hands in both diagrams and answers the whole
 * questionnaire on the page, PRESURVEY completes by itself, the contractor records the hearing with its attendees,
 * and the prefecture (no consent) sees the state only. axe-core finds no WCAG A/AA violation on any of these pages.
 */
@IntegrationTest
class SurveyJourneyBrowserTest {

    /** A 1×1 PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    static BrowserSession browser;

    @LocalServerPort
    int port;
    @Autowired
    SignedCases signedCases;
    @Autowired
    Api api;
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
    void aHospitalHandsInItsPresurveyTheContractorRecordsTheHearingAndThePrefectureSeesTheStateOnly() {
        SignedCases.SignedCase signed = signedCases.signed("sj");
        long id = signed.caseId();
        String hospitalCode = signed.hospitalCode();
        String pref = signed.prefectureCode();
        String surveyor = signed.surveyor();
        String token = api.login(surveyor, TestContractors.PASSWORD);
        LocalDate today = LocalDate.now(JapaneseDates.TOKYO);
        // PRESURVEY also needs the hospital's own checklist (ChecklistBrowserTest answers it on its page)
        Api.Response checklist = api.put(api.token(Role.HOSPITAL, hospitalCode), "/api/v1/hospitals/" + hospitalCode + "/checklists/CL2025/HOSPITAL",
                Map.of("answers", Map.of("0-1", Map.of("answer", "NO", "checkedOn", today.toString()))));
        assertThat(checklist.status()).as(checklist.body()).isEqualTo(200);

        browser = new BrowserSession(port);
        String hospitalUser = users.user(Role.HOSPITAL, hospitalCode);
        Page hospital = browser.loggedIn(hospitalUser, users.password(hospitalUser));
        hospital.onDialog(d -> d.accept());
        hospital.navigate("/survey/cases/" + id);
        upload(hospital, "NETWORK_DIAGRAM", new FilePayload("ネットワーク構成図.png", "image/png", PNG));
        upload(hospital, "SYSTEM_DIAGRAM", new FilePayload("システム構成図.pdf", "application/pdf", SignedCases.PDF));
        // waits for the list like a person would: under load the page may still be settling after the second post
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(hospital.locator("#documents")).containsText("ネットワーク構成図.png");
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(hospital.locator("#documents")).containsText("システム構成図.pdf");
        axe(hospital);

        // the whole questionnaire on the page: 全角 digits, a 和暦 date, two systems rows (one added)
        hospital.locator("#questionnaire-link a[href$='/questionnaire']").click();
        hospital.waitForURL("**/survey/cases/" + id + "/questionnaire");
        axe(hospital);
        hospital.getByLabel("院内のシステムを運用している職員は何人いますか（兼任を含む）", new Page.GetByLabelOptions()).fill("３");
        hospital.locator("input[name='q.staff.itFullTime'][value='はい']").check();
        hospital.locator("input[name='systems[0].name']").fill("電子カルテ");
        hospital.locator("input[name='systems[0].kind']").fill("EMR");
        hospital.locator("input[name='systems[0].vendor']").fill("A社");
        hospital.locator("select[name='systems[0].remoteMaintenance']").selectOption("true");
        hospital.locator("button[name='addRow']").click();
        hospital.locator("input[name='systems[1].name']").fill("PACS");
        hospital.locator("input[name='systems[1].vendor']").fill("B社");
        hospital.locator("select[name='systems[1].remoteMaintenance']").selectOption("false");
        hospital.locator("input[name='q.connections.known']").fill("２");
        hospital.locator("input[name='q.connections.controlled'][value='わからない']").check();
        hospital.locator("input[name='q.backup.frequency'][value='毎日']").check();
        hospital.locator("input[name='q.backup.generations'][value='はい']").check();
        hospital.locator("input[name='q.backup.offline'][value='いいえ']").check();
        hospital.locator("input[name='q.backup.restoreTestedOn']").fill("令和7年4月1日");
        hospital.locator("button[name='save']").click();
        hospital.getByText("事前質問票の回答を保存しました。すべての必須の質問に回答済みです。").waitFor();
        assertThat(hospital.locator("#missing").textContent()).contains("必須の質問はすべて回答済みです。");
        axe(hospital);

        // the contractor finds the hearing next (PRESURVEY done by itself today) and records it
        Page contractor = browser.loggedIn(surveyor, TestContractors.PASSWORD);
        contractor.onDialog(d -> d.accept());
        contractor.navigate("/survey/cases/" + id);
        assertThat(contractor.locator("#case-state").textContent()).isEqualTo("ヒアリング待ち");
        assertThat(contractor.locator("#row-PRESURVEY").textContent()).contains(JapaneseDates.withWareki(today));
        axe(contractor);
        contractor.locator("#d-HEARING").fill(today.toString());
        contractor.locator("#o-HEARING").selectOption("ONLINE");
        contractor.locator("input[name='attendees[0].name']").first().fill("山田 花子");
        contractor.locator("#an-HEARING-1").fill("佐藤 一郎");
        contractor.locator("#ao-HEARING-1").fill("株式会社B社");
        contractor.locator("#step-HEARING button[type=submit]").click();
        contractor.getByText("ヒアリングを保存しました。").waitFor();
        assertThat(contractor.locator("#case-state").textContent()).isEqualTo("現地調査待ち");
        assertThat(contractor.locator("#row-HEARING").textContent()).contains(JapaneseDates.withWareki(today))
                .contains("山田 花子").contains("佐藤 一郎（株式会社B社）");
        axe(contractor);

        // the prefecture, without the hospital's consent: the state, nothing of the survey's content
        String prefUser = users.user(Role.PREFECTURE, pref);
        Page prefecture = browser.loggedIn(prefUser, users.password(prefUser));
        prefecture.navigate("/survey/cases/" + id);
        assertThat(prefecture.locator("#case-state").textContent()).isEqualTo("現地調査待ち");
        assertThat(prefecture.locator("#documents").count()).isZero();
        assertThat(prefecture.locator("a[href*='/questionnaire']").count()).isZero();
        assertThat(prefecture.locator("#contacts").count()).isZero();
        assertThat(prefecture.content()).doesNotContain("構成図").doesNotContain("山田 花子");
        axe(prefecture);
    }

    private static void upload(Page page, String kind, FilePayload file) {
        page.locator("#doc-kind").selectOption(kind);
        page.locator("#doc-file").setInputFiles(file);
        page.locator("#upload button[type=submit]").click();
        page.getByText("資料「" + file.name + "」を登録しました。").waitFor();
    }

    private static void axe(Page p) {
        jp.mamori.support.Accessibility.assertWcag(p);
    }
}
