package jp.mamori.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.microsoft.playwright.Page;
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
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;

/** A hospital answers its checklist on its page; the contractor's differing answer shows marked on the comparison page. */
@IntegrationTest
class ChecklistBrowserTest {

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
    void aHospitalAnswersItsChecklistAndTheContractorsDifferingAnswerShowsMarked() {
        SignedCases.SignedCase signed = signedCases.signed("cl");
        long id = signed.caseId();
        String hospitalCode = signed.hospitalCode();
        String org = signed.organizationId();
        String surveyor = signed.surveyor();
        String token = api.login(surveyor, TestContractors.PASSWORD);
        LocalDate today = LocalDate.now(JapaneseDates.TOKYO);

        browser = new BrowserSession(port);
        String hospitalUser = users.user(Role.HOSPITAL, hospitalCode);
        Page hospital = browser.loggedIn(hospitalUser, users.password(hospitalUser));
        hospital.onDialog(d -> d.accept());
        hospital.navigate("/checklists/hospitals/" + hospitalCode + "/CL2025/HOSPITAL");
        axe(hospital);
        // every item はい as a whole, checked today (the per-target rows stay folded); one item left out first: its error shows next to it
        hospital.locator("input[type=radio][value=YES]:visible").all().forEach(r -> r.check());
        hospital.locator("input[type=date][name^='c.']:visible").all().forEach(d -> d.fill(today.toString()));
        hospital.locator("input[name='a.1-1'][value=NO]").check();
        hospital.locator("#item-2-1 details summary").click();
        assertThat(hospital.locator("#item-2-1-S legend").textContent()).contains("サーバ");
        axe(hospital);
        hospital.locator("#checklist button[type=submit]").click();
        assertThat(hospital.locator("#item-1-1 .field__error").textContent()).contains("対応する予定の日");
        axe(hospital);
        hospital.locator("input[name='a.1-1'][value=YES]").check();
        hospital.locator("#checklist button[type=submit]").click();
        hospital.getByText("回答を保存しました。すべての項目に回答済みです。").waitFor();
        axe(hospital);

        // the contractor found the servers' ledger missing
        Map<String, Object> found = new LinkedHashMap<>();
        api.get(token, "/api/v1/checklists/CL2025").json().get("items").forEach(i ->
                found.put(i.get("id").asText(), Map.of("answer", "YES", "checkedOn", today.toString())));
        found.remove("2-1");
        String checked = today.isAfter(LocalDate.of(2026, 3, 31)) ? "2026-03-01" : today.toString();
        found.put("2-1@S", Map.of("answer", "NO", "checkedOn", checked, "targetOn", "2026-03-31"));
        found.put("2-1@PC", Map.of("answer", "YES", "checkedOn", today.toString()));
        found.put("2-1@NW", Map.of("answer", "YES", "checkedOn", today.toString()));
        Api.Response c = api.put(token, "/api/v1/hospitals/" + hospitalCode + "/checklists/CL2025/CONTRACTOR", Map.of("answers", found));
        assertThat(c.status()).as(c.body()).isEqualTo(200);

        // a vendor's returned form (事業者確認用), uploaded as a VENDOR_CHECKLIST document, shows beside the others
        byte[] form = api.getBytes(token, "/api/v1/hospitals/" + hospitalCode + "/checklists/CL2025/vendor-form.xlsx?vendor=A社");
        byte[] filled;
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(form));
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            var sheet = wb.getSheet("事業者確認用");
            for (int r = 6; r <= sheet.getLastRowNum(); r++) {
                sheet.getRow(r).createCell(3).setCellValue("はい");
                sheet.getRow(r).createCell(4).setCellValue(today.toString());
            }
            wb.write(out);
            filled = out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        LinkedMultiValueMap<String, Object> vendorDoc = new LinkedMultiValueMap<>();
        vendorDoc.add("file", new ByteArrayResource(filled) {
            @Override
            public String getFilename() {
                return "事業者確認用_A社.xlsx";
            }
        });
        vendorDoc.add("kind", "VENDOR_CHECKLIST");
        Api.Response up = api.send("POST", token, "/api/v1/cases/" + id + "/documents", MediaType.MULTIPART_FORM_DATA, vendorDoc);
        assertThat(up.status()).as(up.body()).isEqualTo(201);

        hospital.navigate("/checklists/hospitals/" + hospitalCode + "/CL2025");
        assertThat(hospital.locator("#comparison thead").textContent()).contains("事業者確認用：A社");
        assertThat(hospital.locator("#row-2-1").getAttribute("class")).contains("row--differs");
        assertThat(hospital.locator("#row-2-1").textContent()).contains("相違あり").contains("サーバ: いいえ");
        assertThat(hospital.locator("#row-1-1").textContent()).doesNotContain("相違あり");
        assertThat(hospital.locator("#differing").textContent()).contains("1 件");
        axe(hospital);
    }

    private static void axe(Page p) {
        jp.mamori.support.Accessibility.assertWcag(p);
    }
}
