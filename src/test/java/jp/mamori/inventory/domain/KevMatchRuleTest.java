package jp.mamori.inventory.domain;

import static jp.mamori.inventory.domain.Points.TODAY;
import static jp.mamori.inventory.domain.Points.disconnected;
import static jp.mamori.inventory.domain.Points.safe;
import static jp.mamori.inventory.domain.Points.withDevice;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class KevMatchRuleTest {

    final KevMatchRule rule = new KevMatchRule();

    static KevEntry entry(String cve, boolean ransomware) {
        return new KevEntry(cve, "Fortinet", "FortiOS", "FortiOS heap overflow", LocalDate.of(2024, 1, 1), ransomware,
                "Apply mitigations per vendor instructions.");
    }

    /** A fake catalogue: FortiGate matches the given entries, anything else nothing. */
    static KevLookup fortinet(KevEntry... entries) {
        return (vendor, product) -> "FortiGate".equals(product) ? List.of(entries) : List.of();
    }

    List<Suggestion> run(KevLookup kev, ConnectionPoint... points) {
        return rule.apply(new RuleInput(List.of(points), Map.of(), kev, TODAY));
    }

    @Test
    void oneSuggestionPerPointListsEveryMatchingCve() {
        List<Suggestion> s = run(fortinet(entry("CVE-2024-21762", false), entry("CVE-2023-27997", false)), safe());
        assertThat(s).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("KEV_MATCH");
            assertThat(x.connectionId()).isEqualTo(7L);
            assertThat(x.severity()).isEqualTo(Severity.HIGH);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> cves = (List<Map<String, Object>>) x.evidence().get("cves");
            assertThat(cves).extracting(c -> c.get("cveId")).containsExactly("CVE-2023-27997", "CVE-2024-21762");
            assertThat(cves.get(0)).containsKeys("cveId", "vendorProject", "product", "knownRansomwareCampaignUse", "requiredAction")
                    .containsEntry("knownRansomwareCampaignUse", "Unknown");
            assertThat(x.basis()).containsEntry("cveIds", List.of("CVE-2023-27997", "CVE-2024-21762"));
        });
    }

    @Test
    void anyMatchKnownForRansomwareIsCritical() {
        assertThat(run(fortinet(entry("CVE-2024-21762", false), entry("CVE-2018-13379", true)), safe()))
                .singleElement().extracting(Suggestion::severity).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void theDescriptionAsksForTheVersionToBeCheckedAndNeverSaysVulnerable() {
        Suggestion s = run(fortinet(entry("CVE-2024-21762", false)), safe()).get(0);
        assertThat(s.description()).contains("アドバイザリ").contains("バージョン").doesNotContain("脆弱です").doesNotContain("vulnerable");
    }

    @Test
    void theCatalogueOrderDoesNotChangeTheBasis() {
        Suggestion a = run(fortinet(entry("CVE-1", false), entry("CVE-2", false)), safe()).get(0);
        Suggestion b = run(fortinet(entry("CVE-2", false), entry("CVE-1", false), entry("CVE-1", false)), safe()).get(0);
        assertThat(a.basis()).isEqualTo(b.basis());
    }

    @Test
    void aNewlyListedCveChangesTheBasis() {
        Suggestion a = run(fortinet(entry("CVE-1", false)), safe()).get(0);
        Suggestion b = run(fortinet(entry("CVE-1", false), entry("CVE-2", false)), safe()).get(0);
        assertThat(a.basis()).isNotEqualTo(b.basis());
    }

    @Test
    void aDeviceWithoutAProductMatchesNothing() {
        KevLookup everything = (vendor, product) -> List.of(entry("CVE-1", true));
        assertThat(run(everything, withDevice(safe(), new Device("Fortinet", null, null, null), null))).isEmpty();
    }

    @Test
    void noMatchRaisesNothing() {
        assertThat(run(KevLookup.NONE, safe())).isEmpty();
    }

    @Test
    void aDisconnectedPointRaisesNothing() {
        assertThat(run(fortinet(entry("CVE-1", true)), disconnected(safe()))).isEmpty();
    }
}
