package jp.mamori.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.mamori.nomination.NominationService;
import jp.mamori.program.Program;
import jp.mamori.program.ProgramService;
import jp.mamori.registry.Registry;
import jp.mamori.security.AccessGuard;
import jp.mamori.security.Actor;
import jp.mamori.selection.SelectionService;
import jp.mamori.selection.domain.Decision;
import jp.mamori.selection.domain.DecisionStatus;
import jp.mamori.selection.domain.PrefectureSummary;
import jp.mamori.shared.BedBand;
import jp.mamori.shared.PrefectureCode;
import org.springframework.stereotype.Service;

/** Builds the dashboard from the stored decisions and events: national for the ministry and the auditor, own for a prefecture. */
@Service
class DashboardService {

    /** Ranges shown for a program without bands of its own. */
    static final List<BedBand> DISPLAY_BANDS = List.of(new BedBand("20-99", 20, 99), new BedBand("100-199", 100, 199),
            new BedBand("200-399", 200, 399), BedBand.from("400-", 400));

    private final SelectionService selection;
    private final NominationService nominations;
    private final ProgramService programs;
    private final Registry registry;
    private final AccessGuard guard;

    DashboardService(SelectionService selection, NominationService nominations, ProgramService programs, Registry registry,
                     AccessGuard guard) {
        this.selection = selection;
        this.nominations = nominations;
        this.programs = programs;
        this.registry = registry;
        this.guard = guard;
    }

    Dashboard dashboard(String programId) {
        Actor actor = guard.current();
        Program program = programs.get(programId);
        if (actor.national()) {
            return national(program);
        }
        if (actor.prefecture() == null) {
            guard.requireReadNational();
        }
        return prefecture(program, actor.prefecture());
    }

    Dashboard national(Program program) {
        SelectionService.View view = selection.selection(program.id());
        var s = view.summary();
        Dashboard.National national = new Dashboard.National(s.nationalCapacity(), s.selected(), s.waitlisted(), s.ineligible(),
                s.withdrawn(), rate(s.selected(), s.nationalCapacity()));
        List<Dashboard.PrefectureRow> rows = new ArrayList<>();
        for (PrefectureSummary p : selection.prefectureSummaries(program.id())) {
            rows.add(row(program, p));
        }
        List<Dashboard.SubmissionRow> submissions = nominations.submissions(program.id()).stream()
                .map(x -> new Dashboard.SubmissionRow(x.prefecture().value(), x.state().name(), x.nominations())).toList();
        return new Dashboard(national, rows, history(program, null), bands(program, view.decisions(), null), submissions);
    }

    Dashboard prefecture(Program program, PrefectureCode prefecture) {
        SelectionService.View view = selection.selection(program.id(), prefecture);
        PrefectureSummary p = PrefectureSummary.of(jp.mamori.selection.SelectionService.rulesOf(program), prefecture,
                view.decisions());
        Dashboard.PrefectureRow row = row(program, p);
        // the same figure as the national table (api.md): national-slot selections do not fill the quota
        Dashboard.National own = new Dashboard.National(p.quota(), p.selected(), p.waitlisted(), p.ineligible(), p.withdrawn(),
                row.fillRate());
        List<Dashboard.SubmissionRow> submissions = nominations.list(program.id(), prefecture)
                .map(l -> List.of(new Dashboard.SubmissionRow(prefecture.value(), l.status().name(),
                        nominations.nominations(program.id(), prefecture).size())))
                .orElse(List.of(new Dashboard.SubmissionRow(prefecture.value(), "NOT_STARTED", 0)));
        return new Dashboard(own, List.of(row), history(program, prefecture), bands(program, view.decisions(), prefecture),
                submissions);
    }

    private Dashboard.PrefectureRow row(Program program, PrefectureSummary p) {
        int candidates = selection.designationCandidates(program.id(), p.prefectureCode(), Integer.MAX_VALUE).size();
        return new Dashboard.PrefectureRow(p.prefectureCode().value(), registry.prefecture(p.prefectureCode()).nameJa(), p.quota(),
                p.selected(), p.waitlisted(), p.ineligible(), p.withdrawn(), p.openSlots(),
                rate(p.prefectureSlotSelections(), p.quota()), candidates);
    }

    private List<Dashboard.Day> history(Program program, PrefectureCode prefecture) {
        return selection.historyByDay(program.id(), prefecture).stream().map(d -> new Dashboard.Day(d.date(), d.selected())).toList();
    }

    private List<Dashboard.BandRow> bands(Program program, List<Decision> decisions, PrefectureCode prefecture) {
        List<BedBand> bands = program.definition().banded() ? program.definition().bedBands() : DISPLAY_BANDS;
        Map<String, Integer> beds = nominationBeds(program, decisions);
        List<Dashboard.BandRow> out = new ArrayList<>();
        for (BedBand b : bands) {
            int selected = 0;
            int waitlisted = 0;
            for (Decision d : decisions) {
                boolean inBand = program.definition().banded() ? b.id().equals(d.band())
                        : b.contains(beds.getOrDefault(d.hospitalCode().value(), 0));
                if (!inBand) {
                    continue;
                }
                if (program.definition().banded() ? d.isActivePrefectureSlot() : d.status() == DecisionStatus.SELECTED) {
                    selected++;
                } else if (d.status() == DecisionStatus.WAITLISTED) {
                    waitlisted++;
                }
            }
            Integer quota = null;
            if (program.definition().banded()) {
                quota = program.definition().quotas().entrySet().stream()
                        .filter(e -> prefecture == null || e.getKey().equals(prefecture))
                        .mapToInt(e -> e.getValue().bandQuota(b.id())).sum();
            }
            out.add(new Dashboard.BandRow(b.id(), b.minBeds(), b.maxBeds(), quota, selected, waitlisted,
                    quota == null ? null : rate(selected, quota)));
        }
        return out;
    }

    /** Beds as the rules see them (nomination, else registry), for the display ranges of an unbanded program. */
    private Map<String, Integer> nominationBeds(Program program, List<Decision> decisions) {
        Map<String, Integer> beds = new java.util.HashMap<>();
        nominations.nominationsOf(program.id(), decisions.stream().map(Decision::hospitalCode).toList())
                .forEach((code, n) -> beds.put(code.value(), n.row().beds() == null ? 0 : n.row().beds()));
        return beds;
    }

    static Double rate(int part, int whole) {
        return whole <= 0 ? null : Math.round(10000.0 * part / whole) / 10000.0;
    }
}
