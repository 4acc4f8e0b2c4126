package jp.mamori.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import com.fasterxml.jackson.databind.JsonNode;
import jp.mamori.nomination.form.NominationRow;
import jp.mamori.registry.Hospital;
import jp.mamori.registry.Registry;
import jp.mamori.security.Role;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.support.Api;
import jp.mamori.support.Forms;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.MutableClock;
import jp.mamori.support.TestPrograms;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class NominationApiTest {

    static final String AKITA = "05";

    @Autowired
    Api api;
    @Autowired
    TestPrograms programs;
    @Autowired
    Registry registry;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
        api.forgetTokens(); // tokens issued while the clock stood elsewhere must not leak into other tests
    }

    List<Hospital> hospitals(String pref, int n) {
        return registry.hospitalsIn(new PrefectureCode(pref)).stream().filter(h -> h.beds() != null && h.beds() >= 20).limit(n).toList();
    }

    String path(String pid, String pref) {
        return "/api/v1/programs/" + pid + "/prefectures/" + pref;
    }

    Api.Response upload(String token, String pid, String pref, byte[] file) {
        return api.upload(token, path(pid, pref) + "/nominations", file, "list.xlsx");
    }

    String akita() {
        return api.token(Role.PREFECTURE, AKITA);
    }

    @Test
    void exportThenImportChangesNothing() throws Exception {
        String pid = programs.create(100, Map.of(AKITA, 5));
        List<NominationRow> rows = Forms.eligibleRows(hospitals(AKITA, 4));
        assertThat(upload(akita(), pid, AKITA, Forms.workbook("x", new PrefectureCode(AKITA), rows)).status()).isEqualTo(200);
        JsonNode first = api.get(akita(), path(pid, AKITA) + "/nominations").json().get("nominations");

        byte[] exported = api.getBytes(akita(), path(pid, AKITA) + "/form");
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(exported))) {
            assertThat(wb.getSheet("支援対象病院リスト")).isNotNull();
            assertThat(wb.getSheet("登録病院一覧").getPhysicalNumberOfRows()).isGreaterThan(10);
        }
        Api.Response again = upload(akita(), pid, AKITA, exported);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(api.get(akita(), path(pid, AKITA) + "/nominations").json().get("nominations")).isEqualTo(first);
        assertThat(first).hasSize(4);
        assertThat(first.get(0).get("emr").asText()).isEqualTo("全部導入");
        assertThat(first.get(0).get("contacts")).hasSize(2);
        assertThat(first.get(0).get("origin").asText()).isEqualTo("NOMINATED");
        byte[] asList = api.getBytes(akita(), path(pid, AKITA) + "/nominations.xlsx");
        assertThat(upload(akita(), pid, AKITA, asList).status()).isEqualTo(200);
    }

    @Test
    void aRejectedUploadReportsEveryErrorAndKeepsThePreviousList() throws Exception {
        String pid = programs.create(100, Map.of(AKITA, 5));
        List<Hospital> hs = hospitals(AKITA, 3);
        upload(akita(), pid, AKITA, Forms.workbook("x", new PrefectureCode(AKITA), Forms.eligibleRows(hs)));
        JsonNode before = api.get(akita(), path(pid, AKITA) + "/nominations").json().get("nominations");

        byte[] broken = breakCells(Forms.workbook("x", new PrefectureCode(AKITA), Forms.eligibleRows(hospitals(AKITA, 3))));
        Api.Response r = upload(akita(), pid, AKITA, broken);
        assertThat(r.status()).isEqualTo(422);
        JsonNode errors = r.json().get("errors");
        assertThat(errors.findValuesAsText("code")).contains("INVALID_VALUE", "INVALID_EMAIL", "WRONG_PREFECTURE");
        assertThat(errors.size()).isGreaterThanOrEqualTo(3);
        errors.forEach(e -> {
            assertThat(e.get("row").asInt()).isPositive();
            assertThat(e.get("column").asText()).isNotBlank();
            assertThat(e.get("message").asText()).contains("行目");
        });
        assertThat(api.get(akita(), path(pid, AKITA) + "/nominations").json().get("nominations")).isEqualTo(before);
    }

    /** Row 7 beds 「二百」, row 8 an e-mail without @, row 9 a Hokkaido hospital. */
    static byte[] breakCells(byte[] workbook) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(workbook))) {
            var sheet = wb.getSheet("支援対象病院リスト");
            Row header = sheet.getRow(5);
            int beds = column(header, "許可病床数");
            int email = column(header, "担当者1メールアドレス");
            int code = column(header, "医療機関コード");
            sheet.getRow(6).getCell(beds).setCellValue("二百");
            sheet.getRow(7).getCell(email).setCellValue("it.example.jp");
            sheet.getRow(8).getCell(code).setCellValue("0110112489");
            var out = new java.io.ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    static int column(Row header, String text) {
        for (var cell : header) {
            if (text.equals(cell.getStringCellValue())) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError(text);
    }

    @Test
    void theDeadlineIsTheEndOfTheDayInJapanAndAnExtensionOpensOnlyItsPrefecture() {
        String pid = programs.create(100, Map.of(AKITA, 5, "06", 5), LocalDate.of(2025, 7, 18));
        byte[] akitaForm = Forms.workbook("x", new PrefectureCode(AKITA), Forms.eligibleRows(hospitals(AKITA, 2)));
        byte[] yamagataForm = Forms.workbook("x", new PrefectureCode("06"), Forms.eligibleRows(hospitals("06", 2)));
        String admin = api.token(Role.MHLW_ADMIN, null);
        String yamagata = api.token(Role.PREFECTURE, "06");
        String akita = akita();

        clock.set(Instant.parse("2025-07-18T14:59:59Z")); // 23:59:59 JST
        assertThat(upload(akita, pid, AKITA, akitaForm).status()).isEqualTo(200);
        clock.set(Instant.parse("2025-07-18T15:00:00Z")); // 00:00:00 JST the next day
        Api.Response late = upload(akita, pid, AKITA, akitaForm);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("code").asText()).isEqualTo("DEADLINE_PASSED");
        assertThat(late.json().get("detail").asText()).contains("期限");

        assertThat(api.put(admin, "/api/v1/programs/" + pid + "/prefectures/06/extension", Map.of("until", "2025-07-25"))
                .status()).isEqualTo(200);
        assertThat(upload(yamagata, pid, "06", yamagataForm).status()).isEqualTo(200);
        assertThat(upload(akita, pid, AKITA, akitaForm).status()).isEqualTo(409);
        clock.set(Instant.parse("2025-07-25T14:59:59Z"));
        assertThat(upload(yamagata, pid, "06", yamagataForm).status()).isEqualTo(200);
        clock.set(Instant.parse("2025-07-25T15:00:00Z"));
        assertThat(upload(yamagata, pid, "06", yamagataForm).status()).isEqualTo(409);
    }

    @Test
    void twoUploadsAtOnceLeaveOneWholeListNeverAMix() throws Exception {
        String pid = programs.create(100, Map.of(AKITA, 5));
        List<Hospital> hs = hospitals(AKITA, 12);
        byte[] a = Forms.workbook("a", new PrefectureCode(AKITA), Forms.eligibleRows(hs.subList(0, 6)));
        byte[] b = Forms.workbook("b", new PrefectureCode(AKITA), Forms.eligibleRows(hs.subList(6, 12)));
        String token = akita();
        for (int round = 0; round < 3; round++) {
            CountDownLatch start = new CountDownLatch(1);
            CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> {
                await(start);
                return upload(token, pid, AKITA, a).status();
            });
            CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> {
                await(start);
                return upload(token, pid, AKITA, b).status();
            });
            start.countDown();
            assertThat(first.get()).isEqualTo(200);
            assertThat(second.get()).isEqualTo(200);
            List<String> codes = new ArrayList<>();
            api.get(token, path(pid, AKITA) + "/nominations").json().get("nominations")
                    .forEach(n -> codes.add(n.get("hospitalCode").asText()));
            List<String> listA = hs.subList(0, 6).stream().map(h -> h.code().value()).toList();
            List<String> listB = hs.subList(6, 12).stream().map(h -> h.code().value()).toList();
            assertThat(codes).satisfiesAnyOf(c -> assertThat(c).isEqualTo(listA), c -> assertThat(c).isEqualTo(listB));
        }
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aPrefectureSeesAndChangesOnlyItsOwnList() {
        String pid = programs.create(100, Map.of(AKITA, 5, "13", 5));
        byte[] tokyoForm = Forms.workbook("x", new PrefectureCode("13"), Forms.eligibleRows(hospitals("13", 2)));
        assertThat(api.get(akita(), path(pid, "13") + "/form").status()).isEqualTo(403);
        assertThat(api.get(akita(), path(pid, "13") + "/nominations").status()).isEqualTo(403);
        assertThat(api.get(akita(), path(pid, "13") + "/nominations.xlsx").status()).isEqualTo(403);
        assertThat(upload(akita(), pid, "13", tokyoForm).status()).isEqualTo(403);
        String hospital = api.token(Role.HOSPITAL, hospitals(AKITA, 1).get(0).code().value());
        assertThat(api.get(hospital, path(pid, AKITA) + "/nominations").status()).isEqualTo(403);
        String auditor = api.token(Role.AUDITOR, null);
        assertThat(api.get(auditor, path(pid, "13") + "/nominations").status()).isEqualTo(200);
        assertThat(upload(auditor, pid, "13", tokyoForm).status()).isEqualTo(403);
        assertThat(upload(api.token(Role.CONTRACTOR, null), pid, "13", tokyoForm).status()).isEqualTo(403);
        assertThat(upload(null, pid, "13", tokyoForm).status()).isEqualTo(401);
        assertThat(upload(api.token(Role.PREFECTURE, "13"), pid, "13", tokyoForm).status()).isEqualTo(200);
        assertThat(api.get(auditor, "/api/v1/programs/" + pid + "/submissions").status()).isEqualTo(200);
        assertThat(api.get(akita(), "/api/v1/programs/" + pid + "/submissions").status()).isEqualTo(403);
    }

    @Test
    void hostileAndHugeFilesAreRefusedClearly() {
        String pid = programs.create(100, Map.of(AKITA, 5));
        Api.Response random = upload(akita(), pid, AKITA, "this is not a workbook".getBytes());
        assertThat(random.status()).as(random.body()).isEqualTo(422);
        assertThat(random.json().get("errors").get(0).get("code").asText()).isEqualTo("NOT_A_WORKBOOK");
        byte[] huge = new byte[11 * 1024 * 1024];
        Api.Response tooLarge = upload(akita(), pid, AKITA, huge);
        assertThat(tooLarge.status()).as(tooLarge.body()).isEqualTo(413);
        assertThat(tooLarge.json().get("code").asText()).isEqualTo("FILE_TOO_LARGE");
    }

    @Test
    void warningsAreStoredAndShownButDoNotBlock() {
        String pid = programs.create(100, Map.of(AKITA, 5));
        Hospital h = hospitals(AKITA, 1).get(0);
        NominationRow r = Forms.eligible(1, h);
        NominationRow renamed = new NominationRow(1, r.hospitalCode(), r.hospitalName() + "（旧称）", r.beds() + 7, r.emr(), null,
                false, null, r.previousYear(), r.support(), true, null, r.contacts(), null, 0);
        Api.Response res = upload(akita(), pid, AKITA, Forms.workbook("x", new PrefectureCode(AKITA), List.of(renamed)));
        assertThat(res.status()).isEqualTo(200);
        assertThat(res.json().get("warnings").findValuesAsText("code")).containsExactlyInAnyOrder("NAME_MISMATCH", "BEDS_MISMATCH");
        assertThat(api.get(akita(), path(pid, AKITA) + "/nominations").json().get("warnings").findValuesAsText("code"))
                .containsExactlyInAnyOrder("NAME_MISMATCH", "BEDS_MISMATCH");
    }

    @Test
    void aNewListCannotLeaveOutASelectedHospital() {
        String pid = programs.create(100, Map.of(AKITA, 1));
        List<Hospital> hs = hospitals(AKITA, 3);
        upload(akita(), pid, AKITA, Forms.workbook("x", new PrefectureCode(AKITA), Forms.eligibleRows(hs)));
        api.post(api.token(Role.MHLW_ADMIN, null), "/api/v1/programs/" + pid + "/selection/fill", Map.of("scope", "PREFECTURES"));
        Api.Response r = upload(akita(), pid, AKITA, Forms.workbook("x", new PrefectureCode(AKITA),
                Forms.eligibleRows(hs.subList(1, 3))));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("errors").get(0).get("code").asText()).isEqualTo("SELECTED_HOSPITAL_REMOVED");
        assertThat(r.json().get("errors").get(0).get("message").asText()).contains(hs.get(0).code().value());
    }
}
