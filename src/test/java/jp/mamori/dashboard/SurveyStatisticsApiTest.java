package jp.mamori.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import jp.mamori.security.Role;
import jp.mamori.support.Api;
import jp.mamori.support.IntegrationTest;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The survey's figures per role, their values on a built data set, their suppression, and their downloads. */
@IntegrationTest
class SurveyStatisticsApiTest {

    static final List<String> PURPOSES = List.of("REMOTE_MAINTENANCE", "INTERNET", "REGIONAL_NETWORK", "ONLINE_QUALIFICATION",
            "CLOUD_SERVICE", "EMAIL", "PARTNER_LINK", "OTHER");
    static final List<String> LINES = List.of("INTERNET_VPN", "CLOSED_NETWORK", "DEDICATED_LINE", "MOBILE", "DIALUP", "OTHER", "UNKNOWN");
    static final List<String> SEVERITIES = List.of("CRITICAL", "HIGH", "MEDIUM", "LOW", "INFO");
    static final List<String> RULES = List.of("KEV_MATCH", "ALWAYS_ON_PASSWORD_ONLY", "UNKNOWN_BEFORE_SURVEY", "NO_SOURCE_RESTRICTION",
            "NO_LOGGING", "STALE_PATCH", "BACKUP_REACHABLE", "CHECKLIST_MISMATCH", "MANUAL");
    static final List<String> DECISIONS = List.of("ADOPT", "DEFER", "DECLINE", "UNDECIDED", "PLAN_DECLINED");

    @Autowired
    Api api;
    @Autowired
    SurveyFiguresData data;
    @Autowired
    JdbcClient jdbc;

    SurveyFiguresData.Built built;
    String admin;

    @BeforeEach
    void build() {
        built = data.values();
        admin = api.token(Role.MHLW_ADMIN, null);
    }

    String national() {
        return "/api/v1/programs/" + built.pid() + "/survey-statistics";
    }

    String prefecture(String code) {
        return "/api/v1/programs/" + built.pid() + "/prefectures/" + code + "/survey-statistics";
    }

    @Test
    void theMinistryAndTheAuditorReadTheNationalFiguresAndEveryPrefecturesWhileOthersAreRefused() {
        assertThat(api.get(admin, national()).status()).isEqualTo(200);
        assertThat(api.get(api.token(Role.AUDITOR, null), national()).status()).isEqualTo(200);
        assertThat(api.get(admin, prefecture(SurveyFiguresData.B)).status()).isEqualTo(200);
        assertThat(api.get(api.token(Role.AUDITOR, null), prefecture(SurveyFiguresData.A)).status()).isEqualTo(200);

        String prefA = api.token(Role.PREFECTURE, SurveyFiguresData.A);
        assertThat(api.get(prefA, prefecture(SurveyFiguresData.A)).status()).isEqualTo(200);
        assertThat(api.get(prefA, prefecture(SurveyFiguresData.B)).status()).isEqualTo(403);
        assertThat(api.get(prefA, national()).status()).isEqualTo(403);

        String contractor = api.token(Role.CONTRACTOR, null);
        String hospital = api.token(Role.HOSPITAL, built.hospitalsA().get(0));
        for (String token : List.of(contractor, hospital)) {
            assertThat(api.get(token, national()).status()).isEqualTo(403);
            assertThat(api.get(token, prefecture(SurveyFiguresData.A)).status()).isEqualTo(403);
            assertThat(api.get(token, national() + ".csv").status()).isEqualTo(403);
        }
        assertThat(api.get(null, national()).status()).isEqualTo(401);
        assertThat(api.get(null, prefecture(SurveyFiguresData.A)).status()).isEqualTo(401);

        assertThat(api.get(admin, "/api/v1/programs/NO-SUCH-PROGRAM/survey-statistics").status()).isEqualTo(404);
        assertThat(api.get(admin, "/api/v1/programs/NO-SUCH-PROGRAM/prefectures/01/survey-statistics").status()).isEqualTo(404);
        assertThat(api.get(prefA, "/api/v1/programs/NO-SUCH-PROGRAM/prefectures/01/survey-statistics").status()).isEqualTo(404);
        assertThat(api.get(admin, prefecture("99")).status()).isEqualTo(404);
    }

    @Test
    void everyReadIsOnTheAuditTrailWithItsScope() {
        api.get(admin, national());
        api.get(api.token(Role.PREFECTURE, SurveyFiguresData.A), prefecture(SurveyFiguresData.A));
        List<String> details = jdbc.sql("SELECT detail FROM audit_event WHERE action = 'SURVEY_STATISTICS_READ' AND entity_id = :p")
                .param("p", built.pid()).query(String.class).list();
        assertThat(details).containsExactlyInAnyOrder("全国", "都道府県 " + SurveyFiguresData.A);
    }

    @Test
    void everyKeyOfEveryFamilyIsPresentInEveryScope() {
        for (String path : List.of(national(), prefecture(SurveyFiguresData.A), prefecture(SurveyFiguresData.B), prefecture("13"))) {
            JsonNode s = api.get(admin, path).json();
            assertThat(s.get("minCell").asInt()).isEqualTo(5);
            assertThat(names(s.at("/connections/byPurpose"))).as(path).containsExactlyElementsOf(PURPOSES);
            assertThat(names(s.at("/connections/byLine"))).as(path).containsExactlyElementsOf(LINES);
            assertThat(s.get("connections").has("unknownBeforeShare")).isTrue();
            assertThat(names(s.at("/findings/bySeverity"))).as(path).containsExactlyElementsOf(SEVERITIES);
            assertThat(names(s.at("/findings/byRule"))).as(path).containsExactlyElementsOf(RULES);
            assertThat(names(s.at("/backup/byDecision"))).as(path).containsExactlyElementsOf(DECISIONS);
            assertThat(names(s.at("/cases/byState"))).as(path).containsExactly("ASSIGNMENT", "MEMORANDUM", "PRESURVEY", "HEARING",
                    "ONSITE", "REPORT", "DELIVERY", "DELIVERED", "WITHDRAWN");
            JsonNode row = checklistRow(s, "HOSPITAL");
            assertThat(names(row)).containsExactly("edition", "itemId", "respondent", "yes", "no", "na");
        }
    }

    @Test
    void theNationalFiguresAreTheBuiltDataSetsCounts() {
        JsonNode s = api.get(admin, national()).json();
        // case states as they are, even where they rest on one hospital; the withdrawn case counted as withdrawn
        assertThat(s.at("/cases/byState/ASSIGNMENT").asLong()).isEqualTo(9);
        assertThat(s.at("/cases/byState/DELIVERED").asLong()).isEqualTo(1);
        assertThat(s.at("/cases/byState/WITHDRAWN").asLong()).isEqualTo(1);
        long overdueByCaseList = api.get(admin, "/api/v1/programs/" + built.pid() + "/cases?overdue=true").json().get("cases").size();
        assertThat(s.at("/cases/overdue").asLong()).isEqualTo(overdueByCaseList).isEqualTo(1);
        assertThat(s.get("prefectures")).hasSize(2);
        assertThat(s.at("/prefectures/0/prefectureCode").asText()).isEqualTo(SurveyFiguresData.A);
        assertThat(s.at("/prefectures/0/cases").asLong()).isEqualTo(5);
        assertThat(s.at("/prefectures/0/delivered").asLong()).isEqualTo(1);
        assertThat(s.at("/prefectures/0/overdue").asLong()).isEqualTo(0);
        assertThat(s.at("/prefectures/1/cases").asLong()).isEqualTo(6);
        assertThat(s.at("/prefectures/1/overdue").asLong()).isEqualTo(1);

        // the withdrawn case's EMAIL / MOBILE point is not counted
        assertThat(s.at("/connections/byPurpose/REMOTE_MAINTENANCE").asLong()).isEqualTo(10);
        assertThat(s.at("/connections/byPurpose/INTERNET").asLong()).isEqualTo(5);
        assertThat(s.at("/connections/byPurpose/EMAIL").asLong()).isZero();
        assertThat(s.at("/connections/byLine/INTERNET_VPN").asLong()).isEqualTo(10);
        assertThat(s.at("/connections/byLine/UNKNOWN").asLong()).as("a point without a line").isEqualTo(5);
        assertThat(s.at("/connections/byLine/MOBILE").asLong()).isZero();
        assertThat(s.at("/connections/unknownBeforeShare").asDouble()).isEqualTo(0.6667);

        // confirmed findings only: OPEN, ACCEPTED, FIXED; not SUGGESTED, DISMISSED, withdrawn, nor the withdrawn case's
        // HIGH / KEV_MATCH rest on four hospitals: hidden, and with the row's total known, MEDIUM / UNKNOWN_BEFORE_SURVEY
        // (the row's only other non-zero cell) go with them, or the total minus MEDIUM would give HIGH back
        assertThat(s.at("/findings/bySeverity/HIGH").isNull()).isTrue();
        assertThat(s.at("/findings/bySeverity/MEDIUM").isNull()).isTrue();
        assertThat(s.at("/findings/byRule/KEV_MATCH").isNull()).isTrue();
        assertThat(s.at("/findings/byRule/UNKNOWN_BEFORE_SURVEY").isNull()).isTrue();
        // B has no HIGH: its MEDIUM (OPEN, ACCEPTED, FIXED at its five) shows, its withdrawn INFO suggestion does not count
        JsonNode b = api.get(admin, prefecture(SurveyFiguresData.B)).json();
        assertThat(b.at("/findings/bySeverity/MEDIUM").asLong()).isEqualTo(5);
        assertThat(b.at("/findings/bySeverity/INFO").asLong()).isZero();
        assertThat(s.at("/findings/bySeverity/CRITICAL").asLong()).isZero();
        assertThat(s.at("/findings/bySeverity/LOW").asLong()).isZero();
        assertThat(s.at("/findings/bySeverity/INFO").asLong()).isZero();
        assertThat(s.at("/findings/byRule/STALE_PATCH").asLong()).isZero();
        assertThat(s.at("/findings/byRule/NO_LOGGING").asLong()).isZero();

        assertThat(s.at("/backup/byDecision/ADOPT").asLong()).isEqualTo(5);
        assertThat(s.at("/backup/byDecision/DECLINE").asLong()).isEqualTo(5);
        assertThat(s.at("/backup/byDecision/DEFER").asLong()).isZero();

        JsonNode hospital = checklistRow(s, "HOSPITAL");
        assertThat(hospital.get("yes").asLong()).as("the withdrawn hospital's answer is not counted").isEqualTo(10);
        assertThat(hospital.get("no").asLong()).isZero();
        assertThat(checklistRow(s, "CONTRACTOR").get("yes").asLong()).isZero();
    }

    @Test
    void aPrefecturesFiguresAreItsOwnRowOfTheSameRun() {
        JsonNode a = api.get(api.token(Role.PREFECTURE, SurveyFiguresData.A), prefecture(SurveyFiguresData.A)).json();
        assertThat(a.get("prefectures")).hasSize(1);
        assertThat(a.at("/prefectures/0/cases").asLong()).isEqualTo(5);
        assertThat(a.at("/cases/byState/DELIVERED").asLong()).isEqualTo(1);
        assertThat(a.at("/cases/byState/ASSIGNMENT").asLong()).isEqualTo(4);
        assertThat(a.at("/connections/byPurpose/REMOTE_MAINTENANCE").asLong()).isEqualTo(5);
        assertThat(a.at("/connections/byPurpose/INTERNET").asLong()).isEqualTo(5);
        assertThat(a.at("/connections/unknownBeforeShare").asDouble()).isEqualTo(0.5);
        assertThat(a.at("/backup/byDecision/ADOPT").asLong()).isEqualTo(5);
        assertThat(a.at("/backup/byDecision/DECLINE").asLong()).isZero();
        assertThat(checklistRow(a, "HOSPITAL").get("yes").asLong()).isEqualTo(5);

        JsonNode b = api.get(admin, prefecture(SurveyFiguresData.B)).json();
        assertThat(b.at("/cases/byState/WITHDRAWN").asLong()).isEqualTo(1);
        assertThat(b.at("/cases/overdue").asLong()).isEqualTo(1);
        assertThat(b.at("/connections/byPurpose/INTERNET").asLong()).isZero();
        assertThat(b.at("/connections/unknownBeforeShare").asDouble()).isEqualTo(1.0);
        assertThat(b.at("/backup/byDecision/DECLINE").asLong()).isEqualTo(5);

        JsonNode tokyo = api.get(admin, prefecture("13")).json();
        assertThat(tokyo.at("/prefectures/0/cases").asLong()).as("a prefecture without cases").isZero();
        assertThat(tokyo.at("/connections/byPurpose/REMOTE_MAINTENANCE").asLong()).isZero();
    }

    @Test
    void aFigureRestingOnFourHospitalsIsNullWhileCaseStatesAreCountedAsTheyAre() {
        for (String path : List.of(national(), prefecture(SurveyFiguresData.A))) {
            JsonNode s = api.get(admin, path).json();
            assertThat(s.at("/findings/bySeverity/HIGH").isNull()).as(path + ": HIGH at four hospitals").isTrue();
            assertThat(s.at("/findings/byRule/KEV_MATCH").isNull()).as(path + ": KEV_MATCH at four hospitals").isTrue();
            assertThat(s.at("/cases/byState/DELIVERED").asLong()).as(path + ": one delivered case, not confidential").isEqualTo(1);
        }
        assertThat(api.get(admin, prefecture(SurveyFiguresData.B)).json().at("/findings/bySeverity/HIGH").asLong())
                .as("none in B: nothing rests on any hospital").isZero();
    }

    /** Relies on the real SuppressionPolicy (secondary suppression); the placeholder hides only the small cell itself. */
    @Test
    void theNationalFigureMinusTheOtherPrefecturesCannotGiveBackAHiddenOne() {
        SurveyFiguresData.Built small = data.smallPrefecture();
        String base = "/api/v1/programs/" + small.pid();
        JsonNode national = api.get(admin, base + "/survey-statistics").json();
        JsonNode a = api.get(admin, base + "/prefectures/" + SurveyFiguresData.A + "/survey-statistics").json();
        JsonNode b = api.get(admin, base + "/prefectures/" + SurveyFiguresData.B + "/survey-statistics").json();
        for (String pointer : List.of("/connections/byPurpose/REMOTE_MAINTENANCE", "/connections/byLine/INTERNET_VPN")) {
            assertThat(b.at(pointer).isNull()).as(pointer + " of B rests on two hospitals").isTrue();
            List<JsonNode> row = List.of(national.at(pointer), a.at(pointer), b.at(pointer));
            long hidden = row.stream().filter(JsonNode::isNull).count();
            assertThat(hidden).as(pointer + ": national − A would give B back").isNotEqualTo(1);
        }
        assertThat(national.at("/connections/unknownBeforeShare").isNull() || a.at("/connections/unknownBeforeShare").isNull())
                .as("the shares would give B's count back").isTrue();
    }

    @Test
    void theCsvHoldsTheSameFiguresWithHiddenOnesMarkedAndExplained() {
        byte[] bytes = api.getBytes(admin, national() + ".csv");
        assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF分類,版,回答者,コード,項目,値\r\n");
        assertThat(csv).contains("接続点（用途別）,,,REMOTE_MAINTENANCE,リモートメンテナンス,10\r\n");
        assertThat(csv).contains("指摘事項（重要度別）,,,HIGH,高,＊\r\n");
        assertThat(csv).contains("案件の状態,,,DELIVERED,納品済み,1\r\n");
        assertThat(csv).contains("調査前の把握,,,UNKNOWN_BEFORE_SHARE,調査前に把握されていなかった接続点の割合,0.6667\r\n");
        assertThat(csv).contains("チェックリストの回答（項目別）," + built.edition() + ",病院（自己点検）," + built.itemKey() + ",はい,10\r\n");
        assertThat(csv).contains("5病院未満");

        String prefCsv = new String(api.getBytes(api.token(Role.PREFECTURE, SurveyFiguresData.A),
                prefecture(SurveyFiguresData.A) + ".csv"), StandardCharsets.UTF_8);
        assertThat(prefCsv).contains("接続点（用途別）,,,REMOTE_MAINTENANCE,リモートメンテナンス,5\r\n");
    }

    @Test
    void theWorkbookHoldsTheSameFiguresAsNumbersAndTheMarkAsText() throws Exception {
        byte[] bytes = api.getBytes(api.token(Role.AUDITOR, null), national() + ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var sheet = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            List<String> lines = new ArrayList<>();
            Row remote = null;
            for (Row r : sheet) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < 6; i++) {
                    line.append(i > 0 ? "|" : "").append(r.getCell(i) == null ? "" : f.formatCellValue(r.getCell(i)));
                }
                lines.add(line.toString());
                if (line.toString().startsWith("接続点（用途別）|||REMOTE_MAINTENANCE")) {
                    remote = r;
                }
            }
            assertThat(lines.get(0)).isEqualTo("分類|版|回答者|コード|項目|値");
            assertThat(remote).isNotNull();
            assertThat(remote.getCell(5).getNumericCellValue()).isEqualTo(10.0);
            assertThat(lines).contains("指摘事項（重要度別）|||HIGH|高|＊");
            assertThat(lines.get(lines.size() - 1)).contains("5病院未満");
        }
    }

    static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    JsonNode checklistRow(JsonNode s, String respondent) {
        for (JsonNode r : s.get("checklist")) {
            if (r.get("edition").asText().equals(built.edition()) && r.get("itemId").asText().equals(built.itemKey())
                    && r.get("respondent").asText().equals(respondent)) {
                return r;
            }
        }
        throw new AssertionError("no checklist row for " + built.itemKey() + " / " + respondent);
    }
}
