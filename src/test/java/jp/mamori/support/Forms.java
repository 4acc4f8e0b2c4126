package jp.mamori.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.mamori.nomination.form.FormHeader;
import jp.mamori.nomination.form.FormWriter;
import jp.mamori.nomination.form.NominationRow;
import jp.mamori.nomination.form.RegisteredHospital;
import jp.mamori.registry.Hospital;
import jp.mamori.shared.Contact;
import jp.mamori.shared.EmrStatus;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.shared.PreviousYearParticipation;
import jp.mamori.shared.SupportWanted;

/** Builds nomination forms from real registry hospitals, as a prefecture would fill them. */
public final class Forms {

    private Forms() {
    }

    public static List<Contact> contacts(String code) {
        return List.of(new Contact("情報システム課", "山田 太郎", "03-1234-5678", "it-" + code + "@example.jp"),
                new Contact("総務課", "佐藤 花子", "03-1234-5679", "soumu-" + code + "@example.jp"));
    }

    /** An eligible row (FY2025 rules) for a registry hospital. */
    public static NominationRow eligible(int rank, Hospital h) {
        return new NominationRow(rank, h.code(), h.name(), h.beds() == null || h.beds() < 20 ? 20 : h.beds(), EmrStatus.ALL,
                null, false, null, PreviousYearParticipation.NONE, SupportWanted.BOTH, true, null,
                contacts(h.code().value()), null, 0);
    }

    /** A row that fails FY2025 eligibility by consent only. */
    public static NominationRow withoutConsent(int rank, Hospital h) {
        NominationRow r = eligible(rank, h);
        return new NominationRow(r.rank(), r.hospitalCode(), r.hospitalName(), r.beds(), r.emr(), null, false, null,
                r.previousYear(), r.support(), false, null, r.contacts(), null, 0);
    }

    public static List<NominationRow> eligibleRows(List<Hospital> hospitals) {
        List<NominationRow> rows = new ArrayList<>();
        for (int i = 0; i < hospitals.size(); i++) {
            rows.add(eligible(i + 1, hospitals.get(i)));
        }
        return rows;
    }

    public static byte[] workbook(String programName, PrefectureCode prefecture, List<NominationRow> rows) {
        return new FormWriter().write(new FormHeader(programName, prefecture, "テスト県", LocalDate.of(2026, 12, 31)), rows,
                List.<RegisteredHospital>of());
    }
}
