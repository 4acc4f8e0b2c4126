package jp.mamori.report.domain;

/**
 * The report is approved by a second pair of eyes: an account of the case's contractor that is not its lead surveyor,
 * once the on-site survey is done and the lead has written the summary. Who may act at all (the case's organization
 * or its parent contractor) is the caller's check; this rule judges the approval itself, in api-survey.md's order.
 */
public final class FourEyesRule {

    private FourEyesRule() {
    }

    /**
     * @param lead      the case's lead surveyor, null when none is picked
     * @param approver  the account asking to approve
     * @param onsiteDone whether ONSITE is done
     * @param written   whether the current version has a summary
     */
    public static void check(String lead, String approver, boolean onsiteDone, boolean written) {
        if (lead != null && lead.equals(approver)) {
            throw new ReportRefusal(ReportRefusal.Kind.CONFLICT, "FOUR_EYES",
                    "主担当（" + lead + "）は自分の書いた報告書を承認できません。同じ事業者の別のアカウントに承認を依頼してください。");
        }
        if (lead == null) {
            throw new ReportRefusal(ReportRefusal.Kind.CONFLICT, "STEP_INCOMPLETE",
                    "この案件には主担当がまだいません。管理者が主担当を決め、主担当が報告書を書いてから承認してください。");
        }
        if (!onsiteDone) {
            throw new ReportRefusal(ReportRefusal.Kind.CONFLICT, "STEP_INCOMPLETE",
                    "「現地調査」が完了していないため、報告書はまだ承認できません。現地調査の完了日を登録してから承認してください。");
        }
        if (!written) {
            throw new ReportRefusal(ReportRefusal.Kind.CONFLICT, "REPORT_EMPTY",
                    "報告書の総括がまだ書かれていません。主担当（" + lead + "）が総括と優先して取り組むことを書いてから承認してください。");
        }
    }
}
