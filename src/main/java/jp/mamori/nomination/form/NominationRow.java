package jp.mamori.nomination.form;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jp.mamori.shared.Contact;
import jp.mamori.shared.EmrStatus;
import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PreviousYearParticipation;
import jp.mamori.shared.SupportWanted;

/**
 * One hospital of the list, typed. Free text is kept as read (NFKC, trimmed); blank optional text is null.
 *
 * @param contacts the complete contacts in slot order; the import always yields two or three
 * @param sheetRow the row number as Excel shows it (1-based); the export ignores it and places rows itself
 */
public record NominationRow(
        int rank,
        HospitalCode hospitalCode,
        String hospitalName,
        Integer beds,
        EmrStatus emr,
        LocalDate emrPlannedDate,
        boolean renewalPlanned,
        LocalDate onsiteExpectedBy,
        PreviousYearParticipation previousYear,
        SupportWanted support,
        boolean consent,
        String rankReason,
        List<Contact> contacts,
        String note,
        int sheetRow) {

    public NominationRow {
        Objects.requireNonNull(hospitalCode, "hospitalCode");
        Objects.requireNonNull(emr, "emr");
        Objects.requireNonNull(previousYear, "previousYear");
        Objects.requireNonNull(support, "support");
        contacts = List.copyOf(contacts);
        if (contacts.size() > FormLayout.CONTACT_SLOTS) {
            throw new IllegalArgumentException("the form has room for three contacts, not " + contacts.size());
        }
        rankReason = blankToNull(rankReason);
        note = blankToNull(note);
    }

    public NominationRow withSheetRow(int row) {
        return new NominationRow(rank, hospitalCode, hospitalName, beds, emr, emrPlannedDate, renewalPlanned,
                onsiteExpectedBy, previousYear, support, consent, rankReason, contacts, note, row);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
