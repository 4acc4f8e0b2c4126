package jp.mamori.nomination;

import java.util.List;

import jp.mamori.shared.Contact;

/** The API's nomination (labels as on the form: 全部導入, 両方, ...), also written to the audit trail. */
public record NominationView(int rank, String hospitalCode, String hospitalName, Integer beds, String emr,
                             String emrPlannedDate, boolean renewalPlanned, String onsiteExpectedBy, String previousYear,
                             String support, boolean consent, String rankReason, List<Contact> contacts, String note,
                             String origin) {

    public static NominationView of(Nomination n) {
        var r = n.row();
        return new NominationView(r.rank(), r.hospitalCode().value(), r.hospitalName(), r.beds(), r.emr().label(),
                r.emrPlannedDate() == null ? null : r.emrPlannedDate().toString(), r.renewalPlanned(),
                r.onsiteExpectedBy() == null ? null : r.onsiteExpectedBy().toString(), r.previousYear().label(),
                r.support().label(), r.consent(), r.rankReason(), r.contacts(), r.note(), n.origin().name());
    }
}
