package jp.mamori.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.mamori.registry.Hospital;
import jp.mamori.registry.Registry;
import jp.mamori.selection.SelectionService;
import jp.mamori.selection.domain.Decision;
import jp.mamori.shared.HospitalCode;
import org.springframework.stereotype.Service;

/** The national decision list and the per-prefecture table as sheets; scoped like the selection itself. */
@Service
class ExportService {

    static final List<String> DECISION_HEADER = List.of("都道府県コード", "都道府県名", "順位", "医療機関コード", "病院名", "状態", "枠",
            "経緯", "区分", "補欠順位", "対象外の理由", "説明", "辞退の理由", "補充元");
    static final List<String> PREFECTURE_HEADER = List.of("都道府県コード", "都道府県名", "対象数", "選定", "補欠", "対象外", "辞退",
            "空き枠", "充足率", "直接指定の候補数");

    private final SelectionService selection;
    private final DashboardService dashboards;
    private final Registry registry;

    ExportService(SelectionService selection, DashboardService dashboards, Registry registry) {
        this.selection = selection;
        this.dashboards = dashboards;
        this.registry = registry;
    }

    Tabular decisions(String programId) {
        List<Decision> decisions = selection.selection(programId).decisions();
        Map<HospitalCode, Hospital> hospitals = registry.hospitals(decisions.stream().map(Decision::hospitalCode).toList());
        var prefectures = registry.prefecturesByCode();
        List<List<Object>> rows = new ArrayList<>();
        for (Decision d : decisions) {
            Hospital h = hospitals.get(d.hospitalCode());
            List<Object> row = new ArrayList<>();
            row.add(d.prefectureCode().value());
            row.add(prefectures.get(d.prefectureCode()).nameJa());
            row.add(d.rank());
            row.add(d.hospitalCode().value());
            row.add(h == null ? null : h.name());
            row.add(d.status().name());
            row.add(d.slot() == null ? null : d.slot().name());
            row.add(d.origin() == null ? null : d.origin().name());
            row.add(d.band());
            row.add(d.waitlistPosition());
            row.add(String.join(" ", d.reasons().stream().map(Enum::name).toList()));
            row.add(d.explanationJa());
            row.add(d.withdrawalReason());
            row.add(d.replaces() == null ? null : d.replaces().value());
            rows.add(row);
        }
        return new Tabular("選定結果", DECISION_HEADER, rows);
    }

    Tabular prefectures(String programId) {
        Dashboard dashboard = dashboards.dashboard(programId);
        List<List<Object>> rows = new ArrayList<>();
        for (Dashboard.PrefectureRow p : dashboard.prefectures()) {
            List<Object> row = new ArrayList<>();
            row.add(p.prefectureCode());
            row.add(p.name());
            row.add(p.quota());
            row.add(p.selected());
            row.add(p.waitlisted());
            row.add(p.ineligible());
            row.add(p.withdrawn());
            row.add(p.openSlots());
            row.add(p.fillRate());
            row.add(p.designationCandidates());
            rows.add(row);
        }
        return new Tabular("都道府県別", PREFECTURE_HEADER, rows);
    }
}
