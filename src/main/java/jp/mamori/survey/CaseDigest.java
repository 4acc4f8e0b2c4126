package jp.mamori.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.mamori.nomination.Nomination;
import jp.mamori.nomination.NominationService;
import jp.mamori.program.Program;
import jp.mamori.program.ProgramService;
import jp.mamori.registry.Hospital;
import jp.mamori.registry.Registry;
import jp.mamori.security.Organization;
import jp.mamori.security.Organizations;
import jp.mamori.shared.HospitalCode;
import jp.mamori.survey.domain.CaseStep;
import jp.mamori.survey.domain.OverduePolicy;
import jp.mamori.survey.domain.StepNames;
import org.springframework.stereotype.Service;

/**
 * What the daily messages need of every open case, without an access check (the system reads it, not a person):
 * the overdue cases per organization, and the planned hearings and visits of a day.
 */
@Service
public class CaseDigest {

    /** {@code steps}: the overdue steps as users read them (覚書の締結, ...). */
    public record OverdueCase(long caseId, String programName, HospitalCode hospital, String hospitalName, List<String> steps) {
    }

    public record PlannedVisit(long caseId, String programName, HospitalCode hospital, String hospitalName, String step, String stepName,
                               LocalDate plannedOn, String plannedTime, String organizationId) {
    }

    private final CaseRepository cases;
    private final ProgramService programs;
    private final NominationService nominations;
    private final Registry registry;
    private final Organizations organizations;

    CaseDigest(CaseRepository cases, ProgramService programs, NominationService nominations, Registry registry,
               Organizations organizations) {
        this.cases = cases;
        this.programs = programs;
        this.nominations = nominations;
        this.registry = registry;
        this.organizations = organizations;
    }

    /**
     * Overdue open cases by organization id (OverduePolicy); a contractor also gets its subcontractors' cases,
     * because it answers for them. Organizations with none are absent.
     */
    public Map<String, List<OverdueCase>> overdueByOrganization(LocalDate today) {
        Map<String, List<OverdueCase>> out = new LinkedHashMap<>();
        for (Program program : programs.all()) {
            List<SurveyCase> open = cases.ofProgram(program.id()).stream()
                    .filter(c -> !c.withdrawn() && c.organizationId() != null).toList();
            if (open.isEmpty()) {
                continue;
            }
            List<HospitalCode> codes = open.stream().map(SurveyCase::hospital).toList();
            Map<HospitalCode, Nomination> rows = nominations.nominationsOf(program.id(), codes);
            Map<HospitalCode, Hospital> names = registry.hospitals(codes);
            for (SurveyCase c : open) {
                Nomination row = rows.get(c.hospital());
                LocalDate deadline = row != null && row.row().renewalPlanned() ? program.definition().onsiteCompletionDeadline() : null;
                List<CaseStep> overdue = OverduePolicy.overdue(c.steps(), CaseService.targets(program), deadline, false, today);
                if (overdue.isEmpty()) {
                    continue;
                }
                OverdueCase oc = new OverdueCase(c.id(), program.name(), c.hospital(), name(names, c.hospital()),
                        overdue.stream().map(StepNames::ja).toList());
                out.computeIfAbsent(c.organizationId(), k -> new ArrayList<>()).add(oc);
                organizations.parentOf(c.organizationId()).map(Organization::id)
                        .ifPresent(parent -> out.computeIfAbsent(parent, k -> new ArrayList<>()).add(oc));
            }
        }
        return out;
    }

    /** Hearings and on-site surveys planned on {@code day} and not yet done, of open cases. */
    public List<PlannedVisit> plannedOn(LocalDate day) {
        List<PlannedVisit> out = new ArrayList<>();
        for (Program program : programs.all()) {
            List<SurveyCase> open = cases.ofProgram(program.id()).stream().filter(c -> !c.withdrawn()).toList();
            Map<HospitalCode, Hospital> names = null;
            for (SurveyCase c : open) {
                for (CaseStep step : List.of(CaseStep.HEARING, CaseStep.ONSITE)) {
                    StepRow r = c.row(step);
                    if (day.equals(r.plannedOn()) && r.doneOn() == null) {
                        if (names == null) {
                            names = registry.hospitals(open.stream().map(SurveyCase::hospital).toList());
                        }
                        out.add(new PlannedVisit(c.id(), program.name(), c.hospital(), name(names, c.hospital()), step.name(), StepNames.ja(step), day,
                                r.plannedTime() == null ? null : r.plannedTime().toString(), c.organizationId()));
                    }
                }
            }
        }
        return out;
    }

    private static String name(Map<HospitalCode, Hospital> names, HospitalCode code) {
        Hospital h = names.get(code);
        return h == null ? code.value() : h.name();
    }
}
