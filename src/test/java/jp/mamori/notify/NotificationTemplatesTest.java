package jp.mamori.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.mamori.notify.domain.MailText;
import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PrefectureCode;
import org.junit.jupiter.api.Test;

/** Every event's factory and its Japanese template, rendered the way the Outbox renders them (without Spring). */
class NotificationTemplatesTest {

    static final String PROGRAM_ID = "FY2025";
    static final String PROGRAM = "令和7年度 医療機関におけるサイバーセキュリティ確保事業";
    static final HospitalCode HOSPITAL = new HospitalCode("1311234567");
    static final HospitalCode OTHER = new HospitalCode("1317654321");
    static final PrefectureCode TOKYO = new PrefectureCode("13");
    static final List<String> TO = List.of("johosys@example-hospital.jp", "jimu@example-hospital.jp");

    final MailTemplates templates = new MailTemplates();

    MailText render(OutgoingMessage m) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("prefectureName", "東京都");
        model.put("contact", "厚生労働省 担当窓口");
        model.put("appUrl", "");
        model.putAll(m.model());
        MailText text = templates.render(m.template(), model);
        assertThat(text.subject()).startsWith("【守り】").doesNotContain("null");
        assertThat(text.body()).contains(PROGRAM).contains("東京都").contains("厚生労働省 担当窓口")
                .doesNotContain("[(").doesNotContain("[#").doesNotContain("[/]").doesNotContain("null")
                .doesNotContain("\n\n\n");
        return text;
    }

    @Test
    void aSelectedHospitalIsToldWhatHappensNextAndWhomToAsk() {
        OutgoingMessage m = Notifications.hospitalSelected(PROGRAM_ID, PROGRAM, HOSPITAL, "都立サンプル病院", TO, 41);
        assertThat(m.event()).isEqualTo("HOSPITAL_SELECTED");
        assertThat(m.dedupeKey()).isEqualTo("HOSPITAL_SELECTED:FY2025:1311234567:41");
        assertThat(m.prefecture()).isEqualTo(TOKYO);
        assertThat(m.to()).isEqualTo(TO);
        MailText text = render(m);
        assertThat(text.subject()).isEqualTo("【守り】支援対象に選定されました（都立サンプル病院）");
        assertThat(text.body()).contains("医療機関コード 1311234567").contains("事業者から").contains("東京都のご担当");
    }

    @Test
    void aWaitlistedHospitalLearnsItsPlaceInLine() {
        MailText text = render(Notifications.hospitalWaitlisted(PROGRAM_ID, PROGRAM, HOSPITAL, "都立サンプル病院", 3, TO, 42));
        assertThat(text.subject()).contains("選定待ち");
        assertThat(text.body()).contains("選定待ちの3番目");
        assertThatThrownBy(() -> Notifications.hospitalWaitlisted(PROGRAM_ID, PROGRAM, HOSPITAL, "病院", 0, TO, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReplacementHospitalIsToldItWasSelectedWithoutNamingWhoWithdrew() {
        OutgoingMessage m = Notifications.hospitalReplacedIn(PROGRAM_ID, PROGRAM, HOSPITAL, "都立サンプル病院", TO, 43);
        assertThat(m.dedupeKey()).isEqualTo("HOSPITAL_REPLACED_IN:FY2025:1311234567:43");
        MailText text = render(m);
        assertThat(text.subject()).contains("繰り上げ").contains("選定されました");
        assertThat(text.body()).contains("辞退により空いた枠").doesNotContain(OTHER.value());
    }

    @Test
    void aWithdrawalIsConfirmedWithTheDateInWareki() {
        MailText text = render(Notifications.withdrawalRecorded(PROGRAM_ID, PROGRAM, HOSPITAL, "都立サンプル病院",
                LocalDate.of(2025, 9, 1), TO, 44));
        assertThat(text.subject()).contains("辞退を受け付けました");
        assertThat(text.body()).contains("令和7年9月1日に記録").contains("改めてご応募いただけます");
    }

    @Test
    void aDeadlineReminderGivesTheDateInWarekiAndTheTimeLeft() {
        // 2025-07-16 09:00 in Tokyo; the deadline 2025-07-18 ends at 24:00 on Friday.
        Instant now = Instant.parse("2025-07-16T00:00:00Z");
        OutgoingMessage m = Notifications.deadlineNear(PROGRAM_ID, PROGRAM, TOKYO, LocalDate.of(2025, 7, 18), 2, now, TO);
        assertThat(m.event()).isEqualTo("DEADLINE_NEAR");
        assertThat(m.dedupeKey()).isEqualTo("DEADLINE_NEAR:FY2025:13:2025-07-18:B2");
        assertThat(m.hospital()).isNull();
        MailText text = render(m);
        assertThat(text.subject()).isEqualTo("【守り】推薦の提出期限が近づいています（令和7年7月18日まで）");
        assertThat(text.body()).contains("令和7年7月18日（金）23時59分まで").contains("あと2日15時間")
                .contains("営業日であと2日");
        assertThat(Notifications.reminderDay(LocalDate.of(2025, 7, 18), 2)).isEqualTo(LocalDate.of(2025, 7, 16));
    }

    @Test
    void aPrefectureLearnsWhichHospitalWithdrewAndWhichReplacedIt() {
        OutgoingMessage m = Notifications.replacementHappened(PROGRAM_ID, PROGRAM, TOKYO, HOSPITAL, "都立サンプル病院",
                OTHER, "区立テスト病院", TO, 45);
        assertThat(m.dedupeKey()).isEqualTo("REPLACEMENT_HAPPENED:FY2025:13:45");
        MailText text = render(m);
        assertThat(text.body()).contains("都立サンプル病院（医療機関コード 1311234567）")
                .contains("区立テスト病院（医療機関コード 1317654321）").doesNotContain("繰り上げ選定はありませんでした");

        MailText none = render(Notifications.replacementHappened(PROGRAM_ID, PROGRAM, TOKYO, HOSPITAL, "都立サンプル病院",
                null, null, TO, 46));
        assertThat(none.body()).contains("繰り上げ選定はありませんでした").contains("直接指定");
    }

    @Test
    void aPrefectureShortOfItsQuotaSeesTheNumbersAndThatItMayDesignate() {
        OutgoingMessage m = Notifications.shortOfQuota(PROGRAM_ID, PROGRAM, TOKYO, LocalDate.of(2025, 7, 18), 45, 38, TO);
        assertThat(m.dedupeKey()).isEqualTo("SHORT_OF_QUOTA:FY2025:13:2025-07-18");
        MailText text = render(m);
        assertThat(text.subject()).contains("残り7件");
        assertThat(text.body()).contains("対象数：45件").contains("選定済み：38件").contains("空き：7件")
                .contains("直接指定").contains("令和7年7月18日");
        assertThatThrownBy(() -> Notifications.shortOfQuota(PROGRAM_ID, PROGRAM, TOKYO, LocalDate.of(2025, 7, 18), 5, 5, TO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyEventHasATemplate() {
        assertThat(Arrays.stream(NotificationEvent.values()).map(NotificationEvent::template))
                .allSatisfy(t -> assertThat(MailTemplates.class.getClassLoader().getResource("templates/mail/" + t + ".txt"))
                        .as(t).isNotNull());
    }

    @Test
    void swappedProgramArgumentsAndAHospitalNameThatWouldBreakTheSubjectAreCaught() {
        assertThatThrownBy(() -> Notifications.hospitalSelected(PROGRAM, PROGRAM_ID, HOSPITAL, "病院", TO, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("program id");
        MailText text = render(Notifications.hospitalSelected(PROGRAM_ID, PROGRAM, HOSPITAL, "改行\r\n病院", TO, 1));
        assertThat(text.subject()).isEqualTo("【守り】支援対象に選定されました（改行 病院）");
    }

    @Test
    void theAppAddressIsMentionedOnlyWhenSet() {
        OutgoingMessage m = Notifications.hospitalSelected(PROGRAM_ID, PROGRAM, HOSPITAL, "都立サンプル病院", TO, 1);
        Map<String, Object> model = new LinkedHashMap<>(m.model());
        model.put("prefectureName", "東京都");
        model.put("contact", "窓口");
        model.put("appUrl", "https://mamori.example.go.jp/");
        assertThat(templates.render(m.template(), model).body()).contains("守り（Mamori）：https://mamori.example.go.jp/");
        model.put("appUrl", "");
        assertThat(templates.render(m.template(), model).body()).doesNotContain("守り（Mamori）：");
    }
}
