package jp.mamori.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jp.mamori.program.ProgramService;
import jp.mamori.registry.Hospital;
import jp.mamori.registry.Registry;
import jp.mamori.security.Role;
import jp.mamori.selection.domain.DecisionStatus;
import jp.mamori.selection.domain.SelectionBook;
import jp.mamori.selection.domain.SelectionOutcome;
import jp.mamori.shared.PrefectureCode;
import jp.mamori.support.Api;
import jp.mamori.support.AsUser;
import jp.mamori.support.Forms;
import jp.mamori.support.IntegrationTest;
import jp.mamori.support.TestPrograms;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The in-memory book on one instance against the database that several share (item 15): a change another instance
 * stored is seen by the next read here, and a change the database refused leaves nothing behind in the book.
 */
@IntegrationTest
class SelectionBooksAcrossInstancesTest {

    @Autowired
    Api api;
    @Autowired
    TestPrograms programs;
    @Autowired
    ProgramService programService;
    @Autowired
    Registry registry;
    @Autowired
    SelectionService selection;
    @Autowired
    SelectionStore store;
    @Autowired
    SelectionBooks books;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.flywaydb.core.Flyway flyway;

    List<Hospital> bigHospitals(String pref, int n) {
        return registry.hospitalsIn(new PrefectureCode(pref)).stream()
                .filter(h -> h.beds() != null && h.beds() >= 20).limit(n).toList();
    }

    String programWithSubmittedList(String pref, int quota, int nominated) {
        String pid = programs.create(20, Map.of(pref, quota));
        Api.Response r = api.upload(api.token(Role.PREFECTURE, pref), "/api/v1/programs/" + pid + "/prefectures/" + pref + "/nominations",
                Forms.workbook("テスト", new PrefectureCode(pref), Forms.eligibleRows(bigHospitals(pref, nominated))), "list.xlsx");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return pid;
    }

    @Test
    void aFillStoredByAnotherInstanceIsSeenByTheNextReadHere() {
        String pid = programWithSubmittedList("15", 2, 3);
        // this instance has read (and cached) the book: a prefecture fill would change it
        assertThat(AsUser.admin(() -> selection.preview(pid, SelectionService.Scope.PREFECTURES)).changes()).isNotEmpty();

        // another instance, with its own book rebuilt from the shared events, fills and stores the fill
        var rules = SelectionInputs.rules(AsUser.admin(() -> programService.get(pid)));
        transactions.executeWithoutResult(status -> {
            store.lock(pid);
            SelectionBook theirs = SelectionBook.replay(store.events(pid).stream().map(SelectionStore.StoredEvent::event).toList(),
                    books.names());
            SelectionOutcome filled = theirs.fillAllPrefectures(rules);
            int seq = store.lastSeq(pid) + 1;
            store.append(pid, seq, filled.event(), null, null, filled.changed().size(), Map.of(new PrefectureCode("15"), 2),
                    "other-instance", java.time.Instant.now(), null);
            store.saveDecisions(pid, filled.changed(), filled.removed(), seq, java.time.Instant.now());
        });

        SelectionService.Applied again = AsUser.admin(() -> selection.preview(pid, SelectionService.Scope.PREFECTURES));
        assertThat(again.changes()).as("already filled: nothing left to change").isEmpty();
        assertThat(again.summary().selected()).isEqualTo(2);
        // and a change here builds on it: the next fill changes nothing and is stored after the other instance's event
        SelectionService.Applied fill = AsUser.admin(() -> selection.fill(pid, SelectionService.Scope.PREFECTURES));
        assertThat(fill.changes()).isEmpty();
        assertThat(fill.seq()).isEqualTo(3);
        assertThat(AsUser.admin(() -> selection.rederive(pid))).containsExactlyInAnyOrderElementsOf(store.decisions(pid));
    }

    @Test
    void aWithdrawalTheDatabaseRefusedLeavesNoTraceInTheBookAndCanBeMadeAgain() {
        String pid = programWithSubmittedList("16", 2, 3);
        AsUser.admin(() -> selection.fill(pid, SelectionService.Scope.PREFECTURES));
        var selected = store.decisions(pid).stream().filter(d -> d.status() == DecisionStatus.SELECTED).findFirst().orElseThrow();

        // the database fails while the withdrawal is stored (here: a trigger refusing this program's third event)
        String trigger = "refuse_" + pid.toLowerCase();
        // the app's role may not create triggers: the schema's owner does, as a migration would
        JdbcClient owner = JdbcClient.create(flyway.getConfiguration().getDataSource());
        owner.sql("CREATE FUNCTION " + trigger + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + "IF NEW.program_id = '" + pid + "' THEN RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END $$").update();
        owner.sql("CREATE TRIGGER " + trigger + " BEFORE INSERT ON selection_event FOR EACH ROW EXECUTE FUNCTION " + trigger + "()").update();
        try {
            Api.Response refused = api.post(api.token(Role.MHLW_ADMIN, null), "/api/v1/programs/" + pid + "/selection/withdrawals",
                    Map.of("hospitalCode", selected.hospitalCode().value(), "reason", "病院から辞退の連絡"));
            assertThat(refused.status()).as(refused.body()).isGreaterThanOrEqualTo(500);
        } finally {
            owner.sql("DROP TRIGGER " + trigger + " ON selection_event").update();
            owner.sql("DROP FUNCTION " + trigger + "()").update();
        }

        assertThat(AsUser.admin(() -> selection.preview(pid, SelectionService.Scope.PREFECTURES)).summary().withdrawn())
                .as("the book shows no withdrawal").isZero();
        Api.Response again = api.post(api.token(Role.MHLW_ADMIN, null), "/api/v1/programs/" + pid + "/selection/withdrawals",
                Map.of("hospitalCode", selected.hospitalCode().value(), "reason", "病院から辞退の連絡"));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(AsUser.admin(() -> selection.rederive(pid))).containsExactlyInAnyOrderElementsOf(store.decisions(pid));
    }
}
