package jp.mamori.report.domain;

import java.time.LocalDate;

/**
 * The DELIVERY step delivers the first version. A later version, once approved, is delivered on its own
 * ({@code POST .../report/deliver}): the step is done already, so only the date is checked here.
 */
public final class RedeliveryRule {

    private RedeliveryRule() {
    }

    /**
     * @param deliveryStepDone the DELIVERY step's done date, null when not done
     * @param current          the current version's state
     * @param approvedOn       the day (Japan) the current version was approved
     * @return the delivery date: {@code on}, or today when null
     */
    public static LocalDate check(LocalDate deliveryStepDone, VersionState current, LocalDate approvedOn, LocalDate on, LocalDate today) {
        if (deliveryStepDone == null) {
            throw new ReportRefusal(ReportRefusal.Kind.CONFLICT, "STEP_INCOMPLETE",
                    "最初の報告書は「納品」の手順で納品します。納品の完了日を登録してください。");
        }
        if (current != VersionState.APPROVED) {
            throw new ReportRefusal(ReportRefusal.Kind.CONFLICT, "REPORT_NOT_APPROVED", current == VersionState.DELIVERED
                    ? "現在の版は納品済みです。新しく納品する変更はありません。"
                    : "現在の版はまだ承認されていません。主担当以外の事業者アカウントが承認してから納品してください。");
        }
        LocalDate d = on == null ? today : on;
        if (d.isAfter(today)) {
            throw new ReportRefusal(ReportRefusal.Kind.INVALID, "INVALID_VALUE", "deliveredOn",
                    "納品日 " + d + " は未来の日付です。実際に納品した日（今日 " + today + " まで）を入力してください。");
        }
        LocalDate floor = approvedOn.isAfter(deliveryStepDone) ? approvedOn : deliveryStepDone;
        if (d.isBefore(floor)) {
            throw new ReportRefusal(ReportRefusal.Kind.INVALID, "INVALID_VALUE", "deliveredOn",
                    "納品日 " + d + " は、この版の承認日または最初の納品日（" + floor + "）より前です。" + floor + " 以降の日付を入力してください。");
        }
        return d;
    }
}
