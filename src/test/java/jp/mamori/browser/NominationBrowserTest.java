package jp.mamori.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jp.mamori.registry.Hospital;
import jp.mamori.registry.Registry;
import jp.mamori.security.Role;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.support.BrowserSession;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.TestPrograms;
import jp.mamori.support.TestUsers;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In Chromium: a prefecture downloads its form, fills it in, uploads it with a mistake, sees it, fixes it, succeeds. */
@IntegrationTest
class NominationBrowserTest {

    static BrowserSession browser;

    @LocalServerPort
    int port;
    @Autowired
    TestPrograms programs;
    @Autowired
    TestUsers users;
    @Autowired
    Registry registry;

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void downloadFillUploadWithAMistakeFixItAndSucceed() throws Exception {
        browser = new BrowserSession(port);
        String pid = programs.create(100, Map.of("05", 3));
        String user = users.user(Role.PREFECTURE, "05");
        Page page = browser.loggedIn(user, TestUsers.PASSWORD);
        page.navigate("/programs/" + pid + "/prefectures/05/nominations");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("秋田県の支援対象病院リスト"))).isVisible();
        assertThat(page.locator(".deadline-left")).containsText("残り時間");

        Download download = page.waitForDownload(() -> page.getByText("様式をダウンロード（.xlsx）").click());
        Path form = Files.createTempFile("form", ".xlsx");
        download.saveAs(form);

        List<Hospital> hospitals = registry.hospitalsIn(new PrefectureCode("05")).stream()
                .filter(h -> h.beds() != null && h.beds() >= 20).limit(3).toList();
        Path withMistake = fill(form, hospitals, "tanaka.example.jp");
        page.getByLabel("記入した様式（.xlsx、10MBまで）").setInputFiles(withMistake);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("アップロードして提出")).click();

        assertThat(page.locator("#upload-errors")).isVisible();
        assertThat(page.locator("#upload-errors")).containsText("8行目");
        assertThat(page.locator("#upload-errors")).containsText("担当者1メールアドレス");
        assertThat(page.locator("#upload-errors td").first()).hasText("8");
        assertThat(page.getByText("まだ病院がありません")).isVisible();
        browser.screenshot(page, "nomination-upload-error");

        Path fixed = fill(form, hospitals, "tanaka@example.jp");
        page.getByLabel("記入した様式（.xlsx、10MBまで）").setInputFiles(fixed);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("アップロードして提出")).click();

        assertThat(page.getByText("3病院のリストを提出しました。")).isVisible();
        assertThat(page.locator("#upload-errors")).hasCount(0);
        assertThat(page.locator("table tbody tr")).hasCount(3);
        assertThat(page.locator("table tbody")).containsText(hospitals.get(0).name());
        assertThat(page.locator(".tag").first()).hasText("提出済み");
        browser.screenshot(page, "nomination-submitted");
    }

    /** Types three hospitals below the header as a person would, the second one's first e-mail as given. */
    static Path fill(Path form, List<Hospital> hospitals, String secondEmail) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(form))) {
            Sheet sheet = wb.getSheet("支援対象病院リスト");
            Row header = null;
            for (Row r : sheet) {
                for (var c : r) {
                    if ("医療機関コード".equals(c.toString())) {
                        header = r;
                    }
                }
                if (header != null) {
                    break;
                }
            }
            Map<String, Integer> col = new java.util.HashMap<>();
            for (var c : header) {
                col.put(c.getStringCellValue(), c.getColumnIndex());
            }
            for (int i = 0; i < hospitals.size(); i++) {
                Hospital h = hospitals.get(i);
                Row row = sheet.getRow(header.getRowNum() + 1 + i) == null ? sheet.createRow(header.getRowNum() + 1 + i)
                        : sheet.getRow(header.getRowNum() + 1 + i);
                set(row, col.get("支援の順位"), "" + (i + 1));
                set(row, col.get("医療機関コード"), h.code().value());
                set(row, col.get("病院名"), h.name());
                set(row, col.get("許可病床数"), "" + h.beds());
                set(row, col.get("電子カルテ導入状況"), "全部導入");
                set(row, col.get("院内情報システム更改予定"), "なし");
                set(row, col.get("前年度事業の参加状況"), "なし");
                set(row, col.get("希望する支援内容"), "両方");
                set(row, col.get("病院の同意"), "済");
                set(row, col.get("担当者1所属"), "情報システム課");
                set(row, col.get("担当者1氏名"), "田中 一郎");
                set(row, col.get("担当者1電話番号"), "０１８－１２３－４５６７");
                set(row, col.get("担当者1メールアドレス"), i == 1 ? secondEmail : "tanaka" + i + "@example.jp");
                set(row, col.get("担当者2所属"), "総務課");
                set(row, col.get("担当者2氏名"), "伊藤 花子");
                set(row, col.get("担当者2電話番号"), "018-123-4568");
                set(row, col.get("担当者2メールアドレス"), "ito" + i + "@example.jp");
            }
            Path out = Files.createTempFile("filled", ".xlsx");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            wb.write(bytes);
            Files.write(out, bytes.toByteArray());
            return out;
        }
    }

    static void set(Row row, int column, String value) {
        var cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
        cell.setCellValue(value);
    }
}
