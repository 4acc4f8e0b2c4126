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
    private final java.time.Clock clock;

    CaseDigest(CaseRepository cases, ProgramService programs, NominationService nominations, Registry registry,
               Organizations organizations, java.time.Clock clock) {
        this.clock = clock;
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

    /**
     * One case of a program as the national figures count it: its state and whether it is overdue (OverduePolicy, as
     * the case lists say), where it is, and whether its hospital shares its data with its prefecture.
     */
    public record CaseFigure(long caseId, String hospitalCode, String prefectureCode, jp.mamori.survey.domain.CaseState state,
                             boolean overdue, boolean withdrawn, boolean sharedWithPrefecture) {
    }

    /**
     * Every case of a program, withdrawn ones included, in one read and without an access check: for the national
     * figures, whose service checks who asks and publishes only aggregates. Unknown program: NotFoundException.
     */
    public List<CaseFigure> figuresOfProgram(String programId) {
        Program program = programs.find(programId)
                .orElseThrow(() -> new jp.mamori.shared.NotFoundException("事業「" + programId + "」が見つかりません。"));
        var targets = CaseService.targets(program);
        java.util.Set<HospitalCode> renewing = nominations.renewing(programId);
        LocalDate today = LocalDate.now(clock);
        return cases.linesOfProgram(programId).stream().map(l -> {
            LocalDate deadline = renewing.contains(l.hospital()) ? program.definition().onsiteCompletionDeadline() : null;
            boolean overdue = !OverduePolicy.overdue(l.steps(), targets, deadline, l.withdrawn(), today).isEmpty();
            return new CaseFigure(l.id(), l.hospital().value(), l.prefecture().value(), l.steps().state(l.withdrawn()), overdue,
                    l.withdrawn(), l.sharedWithPrefecture());
        }).toList();
    }

    private static String name(Map<HospitalCode, Hospital> names, HospitalCode code) {
        Hospital h = names.get(code);
        return h == null ? code.value() : h.name();
    }
}
