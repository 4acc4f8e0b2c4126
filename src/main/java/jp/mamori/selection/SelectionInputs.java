package jp.mamori.selection;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.mamori.nomination.Nomination;
import jp.mamori.nomination.NominationOrigin;
import jp.mamori.nomination.form.NominationRow;
import jp.mamori.program.Program;
import jp.mamori.program.domain.ProgramDefinition;
import jp.mamori.registry.Hospital;
import jp.mamori.selection.domain.Candidate;
import jp.mamori.selection.domain.RegistryHospital;
import jp.mamori.selection.domain.SelectionRules;
import jp.mamori.shared.HospitalCode;
import jp.mamori.shared.PreviousYearParticipation;

/** Translates programs, nominations and registry hospitals into what the selection rules take. */
final class SelectionInputs {

    private SelectionInputs() {
    }

    static SelectionRules rules(Program program) {
        ProgramDefinition d = program.definition();
        return new SelectionRules(d.id(), d.ruleSet(), d.fiscalYear(), d.nationalCapacity(), d.quotas(), d.bedBands(),
                d.bandSpill(), d.onsiteCompletionDeadline(), d.emrDeadline(), d.priorityKeys());
    }

    /**
     * @param completedPreviously hospitals whose survey the previous program completed (the system's own record)
     */
    static Candidate candidate(Nomination n, Hospital registry, Set<HospitalCode> completedPreviously) {
        NominationRow r = n.row();
        return Candidate.builder(r.hospitalCode(), r.rank())
                .prefecture(n.prefecture())
                .name(r.hospitalName())
                .beds(r.beds())
                .registryBeds(registry == null ? null : registry.beds())
                .emr(r.emr())
                .emrPlannedDate(r.emrPlannedDate())
                .renewalPlanned(r.renewalPlanned())
                .onsiteExpectedBy(r.onsiteExpectedBy())
                .previousYear(r.previousYear())
                .support(r.support())
                .consent(r.consent())
                .completedInPreviousProgram(completedPreviously.contains(r.hospitalCode())
                        || r.previousYear() == PreviousYearParticipation.COMPLETED)
                .designated(n.origin() == NominationOrigin.DESIGNATED)
                .disasterBase(registry != null && registry.disasterBase())
                .acuteCare(registry != null && registry.acuteCare())
                .emergency(registry != null && registry.emergency())
                .build();
    }

    static List<Candidate> candidates(List<Nomination> nominations, Map<HospitalCode, Hospital> registry,
                                      Set<HospitalCode> completedPreviously) {
        return nominations.stream().map(n -> candidate(n, registry.get(n.hospital()), completedPreviously)).toList();
    }

    static RegistryHospital registryHospital(Hospital h) {
        return new RegistryHospital(h.code(), h.name(), h.prefecture(), h.beds(), h.disasterBase(), h.acuteCare(), h.emergency());
    }
}
