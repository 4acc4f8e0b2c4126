package jp.mamori.selection;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jp.mamori.nomination.form.FormColumn;
import jp.mamori.nomination.form.FormLayout;
import jp.mamori.registry.Hospital;
import jp.mamori.shared.Contact;
import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PreviousYearParticipation;

/**
 * 直接指定 as the API and the page send it. Only the hospital, consent, contacts, EMR status and
 * support wanted must be given; beds default to the registry's, renewal to なし, and the previous
 * year to なし unless the system's own record says the survey was completed.
 */
public record DesignationRequest(HospitalCode hospitalCode, Boolean consent, List<Contact> contacts, String emr,
                                 String support, Integer beds, Boolean renewalPlanned, String onsiteExpectedBy,
                                 String previousYear, String note) {

    /** The entry as if typed into the form, so the form's checks apply (contacts, dates, choices). */
    Map<FormColumn, String> toEntry(Hospital hospital, boolean completedPreviously) {
        Map<FormColumn, String> e = new EnumMap<>(FormColumn.class);
        e.put(FormColumn.RANK, "1");
        e.put(FormColumn.HOSPITAL_CODE, hospital.code().value());
        e.put(FormColumn.HOSPITAL_NAME, hospital.name());
        Integer b = beds != null ? beds : hospital.beds();
        e.put(FormColumn.BEDS, b == null ? "" : String.valueOf(b));
        e.put(FormColumn.EMR, text(emr));
        e.put(FormColumn.RENEWAL_PLANNED, Boolean.TRUE.equals(renewalPlanned) ? "あり" : "なし");
        e.put(FormColumn.ONSITE_EXPECTED_BY, text(onsiteExpectedBy));
        String previous = previousYear != null && !previousYear.isBlank() ? previousYear
                : completedPreviously ? PreviousYearParticipation.COMPLETED.label() : PreviousYearParticipation.NONE.label();
        e.put(FormColumn.PREVIOUS_YEAR, previous);
        e.put(FormColumn.SUPPORT, text(support));
        e.put(FormColumn.CONSENT, consent == null ? "" : consent ? "済" : "未");
        e.put(FormColumn.RANK_REASON, "直接指定");
        List<Contact> given = contacts == null ? List.of() : contacts;
        for (int slot = 1; slot <= FormLayout.CONTACT_SLOTS; slot++) {
            List<FormColumn> cols = FormLayout.contactColumns(slot);
            Contact c = slot <= given.size() ? given.get(slot - 1) : null;
            e.put(cols.get(0), c == null ? "" : text(c.department()));
            e.put(cols.get(1), c == null ? "" : text(c.name()));
            e.put(cols.get(2), c == null ? "" : text(c.phone()));
            e.put(cols.get(3), c == null ? "" : text(c.email()));
        }
        e.put(FormColumn.NOTE, text(note));
        return e;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
