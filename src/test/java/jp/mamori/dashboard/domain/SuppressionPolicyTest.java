package jp.mamori.dashboard.domain;

import static jp.mamori.dashboard.domain.Tables.hospitals;
import static jp.mamori.dashboard.domain.Tables.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SuppressionPolicyTest {

    static final String TOKYO = "13";
    static final String OSAKA = "27";
    static final String KYOTO = "26";

    static List<String> readable(Table table, Suppressed published) {
        return ReaderOfPublishedFigures.determinedCells(table.keys(), published);
    }

    @Test
    void aCellOfFourHospitalsIsSuppressed() {
        Table t = table("VPN", "RDP").cell(TOKYO, "VPN", 4, hospitals(TOKYO, 1, 4))
                .cell(TOKYO, "RDP", 30, hospitals(TOKYO, 1, 10)).build();
        assertThat(SuppressionPolicy.apply(t).prefectures().get(TOKYO).get("VPN")).isNull();
    }

    @Test
    void aCellOfFiveHospitalsIsShown() {
        Table t = table("VPN", "RDP").cell(TOKYO, "VPN", 9, hospitals(TOKYO, 1, 5))
                .cell(TOKYO, "RDP", 12, hospitals(TOKYO, 3, 8))
                .cell(OSAKA, "VPN", 5, hospitals(OSAKA, 1, 5))
                .cell(OSAKA, "RDP", 6, hospitals(OSAKA, 1, 5)).build();
        Suppressed s = SuppressionPolicy.apply(t);
        assertThat(s.prefectures().get(TOKYO)).containsEntry("VPN", 9L).containsEntry("RDP", 12L);
        assertThat(s.national()).containsEntry("VPN", 14L).containsEntry("RDP", 18L);
    }

    @Test
    void aLoneSuppressedCellInARowTakesAnotherWithIt() {
        Table t = table("VPN", "RDP", "LINE").cell(TOKYO, "VPN", 3, hospitals(TOKYO, 1, 3))
                .cell(TOKYO, "RDP", 40, hospitals(TOKYO, 1, 20))
                .cell(TOKYO, "LINE", 8, hospitals(TOKYO, 4, 9))
                .cell(OSAKA, "VPN", 7, hospitals(OSAKA, 1, 6))
                .cell(OSAKA, "RDP", 15, hospitals(OSAKA, 1, 10))
                .cell(OSAKA, "LINE", 9, hospitals(OSAKA, 3, 9)).build();
        Suppressed s = SuppressionPolicy.apply(t);
        // the row total minus RDP would give VPN; the smallest other cell goes with it
        assertThat(s.prefectures().get(TOKYO)).containsEntry("VPN", null).containsEntry("LINE", null)
                .containsEntry("RDP", 40L);
        assertThat(readable(t, s)).isEmpty();
    }

    @Test
    void theNationalTotalMinusAPrefectureCannotRevealTheRest() {
        Table t = table("VPN", "RDP").cell(TOKYO, "VPN", 5, hospitals(TOKYO, 1, 5))
                .cell(TOKYO, "RDP", 20, hospitals(TOKYO, 1, 12))
                .cell(OSAKA, "VPN", 2, hospitals(OSAKA, 1, 2))
                .cell(OSAKA, "RDP", 9, hospitals(OSAKA, 1, 8)).build();
        Suppressed s = SuppressionPolicy.apply(t);
        assertThat(s.prefectures().get(OSAKA).get("VPN")).isNull();
        // national VPN (7 hospitals) shown with Tokyo's would leave Osaka's two
        assertThat(s.prefectures().get(TOKYO).get("VPN") == null || s.national().get("VPN") == null).isTrue();
        assertThat(readable(t, s)).isEmpty();
    }

    @Test
    void aZeroInARowOfFewHospitalsIsSuppressed() {
        Table t = table("VPN", "RDP").cell(OSAKA, "RDP", 3, hospitals(OSAKA, 1, 3))
                .cell(TOKYO, "VPN", 8, hospitals(TOKYO, 1, 6))
                .cell(TOKYO, "RDP", 9, hospitals(TOKYO, 1, 7)).build();
        assertThat(SuppressionPolicy.apply(t).prefectures().get(OSAKA).get("VPN")).isNull();
    }

    @Test
    void aZeroInARowOfFiveHospitalsIsShown() {
        Table t = table("VPN", "RDP").cell(TOKYO, "RDP", 9, hospitals(TOKYO, 1, 6))
                .cell(OSAKA, "VPN", 8, hospitals(OSAKA, 1, 6))
                .cell(OSAKA, "RDP", 7, hospitals(OSAKA, 2, 7)).build();
        Suppressed s = SuppressionPolicy.apply(t);
        assertThat(s.prefectures().get(TOKYO)).containsEntry("VPN", 0L).containsEntry("RDP", 9L);
    }

    @Test
    void aNationalZeroCannotRevealTheZeroOfAPrefectureOfFewHospitals() {
        Table t = table("VPN", "RDP").cell(OSAKA, "RDP", 3, hospitals(OSAKA, 1, 3))
                .cell(TOKYO, "RDP", 9, hospitals(TOKYO, 1, 6)).build();
        Suppressed s = SuppressionPolicy.apply(t);
        assertThat(s.prefectures().get(OSAKA).get("VPN")).isNull();
        // "no VPN anywhere" would say Osaka's three hospitals have none
        assertThat(s.national().get("VPN")).isNull();
        assertThat(readable(t, s)).isEmpty();
    }

    @Test
    void twoSmallCellsWhoseSumRestsOnFewerThanFiveAreNotEnough() {
        Table t = table("VPN", "RDP", "LINE", "MOBILE").cell(TOKYO, "VPN", 2, hospitals(TOKYO, 1, 2))
                .cell(TOKYO, "RDP", 3, hospitals(TOKYO, 2, 4))
                .cell(TOKYO, "LINE", 20, hospitals(TOKYO, 1, 10))
                .cell(TOKYO, "MOBILE", 9, hospitals(TOKYO, 3, 10))
                .cell(OSAKA, "VPN", 6, hospitals(OSAKA, 1, 6))
                .cell(OSAKA, "RDP", 7, hospitals(OSAKA, 1, 6))
                .cell(OSAKA, "LINE", 8, hospitals(OSAKA, 1, 7))
                .cell(OSAKA, "MOBILE", 6, hospitals(OSAKA, 1, 5)).build();
        Suppressed s = SuppressionPolicy.apply(t);
        // VPN + RDP, both hidden, would still be a figure of four hospitals: the smallest other cell joins them
        assertThat(s.prefectures().get(TOKYO)).containsEntry("VPN", null).containsEntry("RDP", null)
                .containsEntry("MOBILE", null).containsEntry("LINE", 20L);
        assertThat(readable(t, s)).isEmpty();
    }

    @Test
    void aCellPinnedDownByTheWholeSystemIsSuppressedToo() {
        // rows and columns are each safe after rules 1-3, yet B's K3 joins two closed groups and
        // A + B - K1 - K2 gives it away
        String a = "01";
        String b = "02";
        String c = "03";
        String d = "04";
        Table t = table("K1", "K2", "K3", "K4", "K5")
                .cell(a, "K1", 3, hospitals(a, 1, 3)).cell(a, "K2", 3, hospitals(a, 4, 6))
                .cell(a, "K5", 100, hospitals(a, 1, 8))
                .cell(b, "K1", 3, hospitals(b, 1, 3)).cell(b, "K2", 3, hospitals(b, 4, 6))
                .cell(b, "K3", 3, hospitals(b, 1, 7, 8)).cell(b, "K4", 7, hospitals(b, 2, 7))
                .cell(b, "K5", 100, hospitals(b, 1, 8))
                .cell(c, "K3", 3, hospitals(c, 1, 3)).cell(c, "K4", 3, hospitals(c, 4, 6))
                .cell(c, "K5", 100, hospitals(c, 1, 8))
                .cell(d, "K3", 3, hospitals(d, 1, 3)).cell(d, "K4", 3, hospitals(d, 4, 6))
                .cell(d, "K5", 100, hospitals(d, 1, 8)).build();
        Suppressed s = SuppressionPolicy.apply(t);
        assertThat(s.prefectures().get(b).get("K3")).isNull();
        // the smallest shown cell that closes a cycle through it
        assertThat(s.prefectures().get(b).get("K4")).isNull();
        assertThat(readable(t, s)).isEmpty();
    }

    @Test
    void aFamilyOfOneKeyIsProtectedByItsColumn() {
        Table t = table("VPN").cell(TOKYO, "VPN", 9, hospitals(TOKYO, 1, 7))
                .cell(OSAKA, "VPN", 2, hospitals(OSAKA, 1, 2)).build();
        Suppressed s = SuppressionPolicy.apply(t);
        assertThat(s.prefectures().get(OSAKA).get("VPN")).isNull();
        assertThat(s.prefectures().get(TOKYO).get("VPN")).isNull();
        assertThat(s.national()).containsEntry("VPN", 11L);
    }

    @Test
    void everyKeyIsPresentInTheOutput() {
        Table t = table("VPN", "RDP", "LINE").prefecture(KYOTO)
                .cell(TOKYO, "RDP", 30, hospitals(TOKYO, 1, 9)).build();
        Suppressed s = SuppressionPolicy.apply(t);
        assertThat(s.name()).isEqualTo("connections.byPurpose");
        assertThat(s.national().keySet()).containsExactly("VPN", "RDP", "LINE");
        assertThat(s.prefectures().keySet()).containsExactly(TOKYO, KYOTO);
        s.prefectures().values().forEach(row -> assertThat(row.keySet()).containsExactly("VPN", "RDP", "LINE"));
    }

    @Test
    void aTableOfNoPrefectureShowsNothing() {
        Suppressed s = SuppressionPolicy.apply(table("VPN", "RDP").build());
        assertThat(s.prefectures()).isEmpty();
        assertThat(s.national()).containsEntry("VPN", null).containsEntry("RDP", null);
    }

    @Test
    void aCellUnderAKeyTheTableDoesNotListIsRefused() {
        Table t = table("VPN").cell(TOKYO, "FAX", 9, hospitals(TOKYO, 1, 7)).build();
        assertThatThrownBy(() -> SuppressionPolicy.apply(t)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FAX");
    }

    @Test
    void theWholeNationWithTwentyFiveKeysTakesWellUnderASecond() {
        Random random = new Random(12);
        List<String> keys = new ArrayList<>();
        for (int k = 1; k <= 25; k++) {
            keys.add("K" + k);
        }
        Tables builder = table(keys.toArray(String[]::new));
        for (int p = 1; p <= 47; p++) {
            String pref = "%02d".formatted(p);
            int size = 2 + random.nextInt(40);
            for (String key : keys) {
                Set<String> h = new HashSet<>();
                int users = random.nextInt(size + 1);
                while (h.size() < users) {
                    h.add(pref + "-" + random.nextInt(size));
                }
                builder.cell(pref, key, h.size() * 2L, h);
            }
        }
        Table t = builder.build();
        SuppressionPolicy.apply(t);
        long start = System.nanoTime();
        Suppressed s = SuppressionPolicy.apply(t);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).isLessThan(1000);
        assertThat(readable(t, s)).isEmpty();
    }
}
