package jp.mamori.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import jp.mamori.security.Role;
import jp.mamori.support.Api;
import jp.mamori.support.BrowserSession;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.TestUsers;
import jp.mamori.survey.SurveyFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium: the contractor finds the plan seeded from the questionnaire, types a TB figure in 全角, confirms and
 * sees the cost range; the hospital records its decision. axe-core finds no WCAG A/AA violation on either page.
 */
@IntegrationTest
class BackupPlanBrowserTest {

    static BrowserSession browser;

    @LocalServerPort
    int port;
    @Autowired
    SurveyFixture fixture;
    @Autowired
    TestUsers users;
    @Autowired
    Api api;

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theContractorProposesAndTheHospitalAdopts() {
        SurveyFixture.Parties p = fixture.create();
        fixture.signMemorandum(p);
        Api.Response answered = api.put(p.hospital(), "/api/v1/cases/" + p.caseId() + "/questionnaire", Map.of("answers",
                Map.of("systems", List.of(Map.of("name", "電子カルテ", "kind", "EMR", "vendor", "A社")), "backup.frequency", "毎日")));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        String url = "/survey/cases/" + p.caseId() + "/backup-plan";

        browser = new BrowserSession(port);
        Page contractor = browser.loggedIn(p.subAStaff(), SurveyFixture.PASSWORD);
        contractor.onDialog(d -> d.accept());
        contractor.navigate(url);
        assertThat(contractor.locator("input[name='systems[0].name']").inputValue()).isEqualTo("電子カルテ");
        assertThat(contractor.locator("input[name='systems[0].generations']").inputValue()).isEqualTo("5");
        axe(contractor);
        contractor.locator("input[name='systems[0].dataTb']").fill("２");
        contractor.locator("select[name='systems[0].separation']").selectOption("WORM");
        contractor.locator("button[name='save']").click();
        contractor.getByText("バックアップ計画を保存しました。").waitFor();
        assertThat(contractor.locator("#cost-range").textContent()).isEqualTo("600,000円〜800,000円");
        assertThat(contractor.locator("#fee-schedule").textContent()).contains("満たしません");
        axe(contractor);

        String hospitalUser = users.user(Role.HOSPITAL, fixture.hospitalOf(p.caseId()));
        Page hospital = browser.loggedIn(hospitalUser, users.password(hospitalUser));
        hospital.onDialog(d -> d.accept());
        hospital.navigate(url);
        axe(hospital);
        hospital.locator("#choice-ADOPT").check();
        hospital.locator("#decided-on").fill(fixture.today().toString());
        hospital.locator("#decision-form button[type=submit]").click();
        hospital.getByText("病院の判断を記録しました。").waitFor();
        assertThat(hospital.locator("#decision").textContent()).contains("導入する");
        axe(hospital);
    }

    private static void axe(Page p) {
        jp.mamori.support.Accessibility.assertWcag(p);
    }
}
