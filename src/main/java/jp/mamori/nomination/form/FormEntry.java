package jp.mamori.nomination.form;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jp.mamori.shared.Contact;

/** A row as the texts a person would type into the form: what an edit page shows and sends back. */
public final class FormEntry {

    private FormEntry() {
    }

    public static Map<FormColumn, String> of(NominationRow n) {
        Map<FormColumn, String> e = new EnumMap<>(FormColumn.class);
        e.put(FormColumn.RANK, String.valueOf(n.rank()));
        e.put(FormColumn.HOSPITAL_CODE, n.hospitalCode().value());
        e.put(FormColumn.HOSPITAL_NAME, n.hospitalName());
        e.put(FormColumn.BEDS, n.beds() == null ? "" : String.valueOf(n.beds()));
        e.put(FormColumn.EMR, n.emr().label());
        e.put(FormColumn.EMR_PLANNED_DATE, date(n.emrPlannedDate()));
        e.put(FormColumn.RENEWAL_PLANNED, n.renewalPlanned() ? Answers.RENEWAL_YES : Answers.RENEWAL_NO);
        e.put(FormColumn.ONSITE_EXPECTED_BY, date(n.onsiteExpectedBy()));
        e.put(FormColumn.PREVIOUS_YEAR, n.previousYear().label());
        e.put(FormColumn.SUPPORT, n.support().label());
        e.put(FormColumn.CONSENT, n.consent() ? Answers.CONSENT_YES : Answers.CONSENT_NO);
        e.put(FormColumn.RANK_REASON, n.rankReason() == null ? "" : n.rankReason());
        List<Contact> contacts = n.contacts();
        for (int slot = 1; slot <= FormLayout.CONTACT_SLOTS; slot++) {
            List<FormColumn> cols = FormLayout.contactColumns(slot);
            Contact c = slot <= contacts.size() ? contacts.get(slot - 1) : null;
            e.put(cols.get(0), c == null ? "" : c.department());
            e.put(cols.get(1), c == null ? "" : c.name());
            e.put(cols.get(2), c == null ? "" : c.phone());
            e.put(cols.get(3), c == null ? "" : c.email());
        }
        e.put(FormColumn.NOTE, n.note() == null ? "" : n.note());
        return e;
    }

    /** The choice words of the form, for the edit page's drop-downs. */
    public static List<String> renewalAnswers() {
        return List.of(Answers.RENEWAL_YES, Answers.RENEWAL_NO);
    }

    public static List<String> consentAnswers() {
        return List.of(Answers.CONSENT_YES, Answers.CONSENT_NO);
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
    }
}
