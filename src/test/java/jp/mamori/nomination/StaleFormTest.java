package jp.mamori.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import com.fasterxml.jackson.databind.JsonNode;
import jp.mamori.registry.Hospital;
import jp.mamori.registry.Registry;
import jp.mamori.security.Role;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.support.Api;
import jp.mamori.support.Forms;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.TestPrograms;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue item 12: a form exported from an older version of the list may not silently undo the changes since. */
@IntegrationTest
class StaleFormTest {

    static final String YAMAGATA = "06";

    @Autowired
    Api api;
    @Autowired
    TestPrograms programs;
    @Autowired
    Registry registry;
    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;
    @Autowired
    jp.mamori.support.TestUsers users;

    String path(String pid) {
        return "/api/v1/programs/" + pid + "/prefectures/" + YAMAGATA;
    }

    List<Hospital> hospitals(int n) {
        return registry.hospitalsIn(new PrefectureCode(YAMAGATA)).stream().filter(h -> h.beds() != null && h.beds() >= 20)
                .limit(n).toList();
    }

    /** The exported form with its first data row's reason changed, as a user edits it. */
    static byte[] edited(byte[] exported, String reason) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(exported))) {
            var sheet = wb.getSheet("支援対象病院リスト");
            var header = sheet.getRow(5);
            int col = -1;
            for (var c : header) {
                if (c.getStringCellValue().equals("順位付けの理由")) {
                    col = c.getColumnIndex();
                }
            }
            sheet.getRow(6).createCell(col).setCellValue(reason);
            var out = new java.io.ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void theSecondOfTwoFormsExportedFromTheSameVersionIsRefusedNamingWhoChangedTheList() throws Exception {
        String pid = programs.create(100, Map.of(YAMAGATA, 5));
        String token = api.token(Role.PREFECTURE, YAMAGATA);
        byte[] handMade = Forms.workbook("x", new PrefectureCode(YAMAGATA), Forms.eligibleRows(hospitals(3)));
        assertThat(api.upload(token, path(pid) + "/nominations", handMade, "list.xlsx").status()).isEqualTo(200);

        byte[] exported = api.getBytes(token, path(pid) + "/form");
        byte[] first = edited(exported, "一人目の変更");
        byte[] second = edited(exported, "二人目の変更");
        assertThat(api.upload(token, path(pid) + "/nominations", first, "a.xlsx").status()).isEqualTo(200);
        JsonNode stored = api.get(token, path(pid) + "/nominations").json().get("nominations");

        Api.Response r = api.upload(token, path(pid) + "/nominations", second, "b.xlsx");
        assertThat(r.status()).as(r.body()).isEqualTo(409);
        assertThat(r.headers().getContentType().toString()).startsWith("application/problem+json");
        assertThat(r.json().get("code").asText()).isEqualTo("STALE_FORM");
        assertThat(r.json().get("detail").asText()).contains("古いリスト").contains("さん");
        assertThat(api.get(token, path(pid) + "/nominations").json().get("nominations")).isEqualTo(stored);
        assertThat(stored.get(0).toString()).contains("一人目の変更");

        // a form built by hand carries no version and is accepted as before
        assertThat(api.upload(token, path(pid) + "/nominations", handMade, "list.xlsx").status()).isEqualTo(200);
        // a fresh export after the change is accepted
        byte[] fresh = edited(api.getBytes(token, path(pid) + "/form"), "最新から");
        assertThat(api.upload(token, path(pid) + "/nominations", fresh, "c.xlsx").status()).isEqualTo(200);
    }

    @Test
    void thePageUploadShowsTheSameRefusal() throws Exception {
        String pid = programs.create(100, Map.of(YAMAGATA, 5));
        String token = api.token(Role.PREFECTURE, YAMAGATA);
        assertThat(api.upload(token, path(pid) + "/nominations",
                Forms.workbook("x", new PrefectureCode(YAMAGATA), Forms.eligibleRows(hospitals(2))), "list.xlsx").status())
                .isEqualTo(200);
        byte[] exported = api.getBytes(token, path(pid) + "/form");
        assertThat(api.upload(token, path(pid) + "/nominations", edited(exported, "先に"), "a.xlsx").status()).isEqualTo(200);
        String user = users.user(Role.PREFECTURE, YAMAGATA);
        var auth = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication(
                jp.mamori.support.AsUser.as(user, () -> org.springframework.security.core.context.SecurityContextHolder
                        .getContext().getAuthentication()));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/programs/" + pid + "/prefectures/" + YAMAGATA + "/upload")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "b.xlsx", null, edited(exported, "後に")))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .with(auth))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("uploadSummary",
                        org.hamcrest.Matchers.containsString("古いリスト")));
        assertThat(api.get(token, path(pid) + "/nominations").json().get("nominations").get(0).toString()).contains("先に");
    }

    @Test
    void aFormExportedBeforeAnyListExistedIsStaleOnceOneIsStored() throws Exception {
        String pid = programs.create(100, Map.of(YAMAGATA, 5));
        String token = api.token(Role.PREFECTURE, YAMAGATA);
        byte[] blank = api.getBytes(token, path(pid) + "/form");
        byte[] handMade = Forms.workbook("x", new PrefectureCode(YAMAGATA), Forms.eligibleRows(hospitals(2)));
        assertThat(api.upload(token, path(pid) + "/nominations", handMade, "list.xlsx").status()).isEqualTo(200);
        Api.Response r = api.upload(token, path(pid) + "/nominations", blank, "blank.xlsx");
        assertThat(r.status()).as(r.body()).isEqualTo(409);
        assertThat(r.json().get("code").asText()).isEqualTo("STALE_FORM");
    }

    @Test
    void ofTwoConcurrentUploadsOfTheSameExportOneWinsAndTheOtherIsStale() throws Exception {
        String pid = programs.create(100, Map.of(YAMAGATA, 5));
        String token = api.token(Role.PREFECTURE, YAMAGATA);
        assertThat(api.upload(token, path(pid) + "/nominations",
                Forms.workbook("x", new PrefectureCode(YAMAGATA), Forms.eligibleRows(hospitals(3))), "list.xlsx").status())
                .isEqualTo(200);
        byte[] exported = api.getBytes(token, path(pid) + "/form");
        byte[] a = edited(exported, "A");
        byte[] b = edited(exported, "B");
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Api.Response> first = CompletableFuture.supplyAsync(() -> {
            NominationApiTest.await(start);
            return api.upload(token, path(pid) + "/nominations", a, "a.xlsx");
        });
        CompletableFuture<Api.Response> second = CompletableFuture.supplyAsync(() -> {
            NominationApiTest.await(start);
            return api.upload(token, path(pid) + "/nominations", b, "b.xlsx");
        });
        start.countDown();
        List<Integer> statuses = new ArrayList<>(List.of(first.get().status(), second.get().status()));
        statuses.sort(null);
        assertThat(statuses).containsExactly(200, 409);
        Api.Response loser = first.get().status() == 409 ? first.get() : second.get();
        assertThat(loser.json().get("code").asText()).isEqualTo("STALE_FORM");
    }
}
