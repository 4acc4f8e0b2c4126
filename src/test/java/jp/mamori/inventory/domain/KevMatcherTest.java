package jp.mamori.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jp.mamori.inventory.KevCatalogueFile;
import jp.mamori.inventory.KevAliasFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** KEV matching on the real CISA catalogue (2025.08.25, 1,404 entries) and the shipped alias table. */
class KevMatcherTest {

    static KevCatalogueFile.Catalogue catalogue;
    static KevMatcher matcher;
    static KevMatcher withoutAliases;

    @BeforeAll
    static void load() throws IOException {
        catalogue = KevCatalogueFile.parse(resource("reference/kev/known_exploited_vulnerabilities.json"));
        List<KevEntry> entries = catalogue.entries().stream().map(KevCatalogueFile.Row::entry).toList();
        matcher = new KevMatcher(entries, new KevAliases(
                KevAliasFile.parse(resource("reference/kev/aliases.json"), KevAlias.Origin.SHIPPED)));
        withoutAliases = new KevMatcher(entries, KevAliases.NONE);
    }

    static byte[] resource(String path) throws IOException {
        try (InputStream in = KevMatcherTest.class.getClassLoader().getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    static List<String> cves(List<KevEntry> entries) {
        return entries.stream().map(KevEntry::cveId).toList();
    }

    static KevEntry entry(String cve) {
        return catalogue.entries().stream().map(KevCatalogueFile.Row::entry).filter(e -> e.cveId().equals(cve))
                .findFirst().orElseThrow();
    }

    @Test
    void theShippedCatalogueIsReadWhole() {
        assertThat(catalogue.catalogVersion()).isEqualTo("2025.08.25");
        assertThat(catalogue.count()).isEqualTo(1404);
        assertThat(catalogue.entries()).hasSize(1404);
    }

    @Test
    void aFortiOsDeviceMatchesTheRansomwareSslVpnFlaw() {
        List<KevEntry> found = matcher.matches("Fortinet", "FortiOS");
        assertThat(cves(found)).contains("CVE-2018-13379", "CVE-2022-42475", "CVE-2024-55591", "CVE-2023-27997");
        assertThat(entry("CVE-2018-13379").knownRansomware()).isTrue();
        assertThat(found).allMatch(e -> e.vendorProject().equals("Fortinet"));
        assertThat(cves(found)).doesNotContain("CVE-2025-25257"); // FortiWeb
    }

    @Test
    void aFortiGateIsMatchedAsTheFortiOsItRuns() {
        assertThat(cves(withoutAliases.matches("Fortinet", "FortiGate"))).isEmpty();
        assertThat(cves(matcher.matches("Fortinet", "FortiGate"))).contains("CVE-2018-13379")
                .containsExactlyElementsOf(cves(matcher.matches("Fortinet", "FortiOS")));
        assertThat(cves(matcher.matches("Fortinet", "FortiGate 60F"))).contains("CVE-2018-13379");
        assertThat(cves(matcher.matches("FortiGate", "60F"))).contains("CVE-2018-13379");
        assertThat(cves(matcher.matches("Fortinet", "FortiGate (FortiOS)"))).contains("CVE-2024-55591");
    }

    @Test
    void aPulseSecureDeviceMatchesTheIvantiConnectSecureEntries() {
        assertThat(entry("CVE-2019-11510").vendorProject()).isEqualTo("Ivanti");
        List<String> found = cves(matcher.matches("Pulse Secure", "Pulse Connect Secure"));
        assertThat(found).contains("CVE-2019-11510", "CVE-2021-22893", "CVE-2020-8218", // filed under Pulse Secure
                "CVE-2025-0282", "CVE-2023-46805", "CVE-2024-21887"); // "Connect Secure ..." after the rename
        assertThat(found).doesNotContain("CVE-2023-35078"); // EPMM is another Ivanti product
        assertThat(cves(matcher.matches("Ivanti", "Connect Secure"))).contains("CVE-2019-11510", "CVE-2020-8218");
        assertThat(cves(withoutAliases.matches("Pulse Secure", "Pulse Connect Secure"))).containsExactly("CVE-2020-8218");
    }

    @Test
    void netScalerAndCloudSoftwareGroupAreCitrix() {
        List<String> adc = cves(matcher.matches("Citrix", "NetScaler ADC"));
        assertThat(adc).contains("CVE-2023-4966", "CVE-2023-3519", "CVE-2025-5777");
        assertThat(cves(matcher.matches("NetScaler", "NetScaler ADC"))).containsExactlyElementsOf(adc);
        assertThat(cves(matcher.matches("Cloud Software Group, Inc.", "NetScaler ADC"))).containsExactlyElementsOf(adc);
        // the old name still finds the entries filed as "Application Delivery Controller (ADC)" and the new ones
        assertThat(cves(matcher.matches("Citrix", "Citrix ADC"))).contains("CVE-2019-19781", "CVE-2023-4966");
        assertThat(adc).doesNotContain("CVE-2024-8068"); // Session Recording
    }

    @Test
    void aProductInNoEntryMatchesNothing() {
        assertThat(matcher.matches("Fortinet", "FortiNAS Quantum")).isEmpty();
        assertThat(matcher.matches("ヤマハ", "RTX1210")).isEmpty();
        assertThat(matcher.matches("Unknown Medical Systems", "PACS Gateway")).isEmpty();
    }

    @Test
    void aDeviceWithoutAProductOrVendorMatchesNothing() {
        assertThat(matcher.matches("Fortinet", null)).isEmpty();
        assertThat(matcher.matches("Fortinet", "  ")).isEmpty();
        assertThat(matcher.matches(null, "FortiOS")).isEmpty();
    }

    @Test
    void namesAreContainedByWholeWordsOnly() {
        assertThat(matcher.matches("Fortinet", "Fort")).isEmpty();
        assertThat(matcher.matches("Fortinet", "Forti")).isEmpty();
        assertThat(matcher.matches("Fortinet", "OS")).isEmpty();
        assertThat(cves(matcher.matches("Fortinet", "FortiOS SSL-VPN 6.0"))).contains("CVE-2018-13379");
    }

    @Test
    void fullWidthAndJapaneseLegalFormsAreTheSameVendor() {
        List<String> fortios = cves(matcher.matches("Fortinet", "FortiOS"));
        assertThat(cves(matcher.matches("ＦＯＲＴＩＮＥＴ", "ＦｏｒｔｉＯＳ"))).containsExactlyElementsOf(fortios);
        assertThat(cves(matcher.matches("Fortinet, Inc.", "FortiOS"))).containsExactlyElementsOf(fortios);
        assertThat(cves(matcher.matches("フォーティネットジャパン合同会社", "FortiOS"))).containsExactlyElementsOf(fortios);
        assertThat(cves(matcher.matches("ﾌｫｰﾃｨﾈｯﾄ", "FortiGate"))).containsExactlyElementsOf(fortios);
        assertThat(cves(matcher.matches("トレンドマイクロ株式会社", "Apex One"))).contains("CVE-2025-54948");
    }

    @Test
    void aKevProductFieldListingSeveralProductsMatchesEach() {
        assertThat(cves(matcher.matches("Ivanti", "Policy Secure"))).contains("CVE-2025-0282");
        assertThat(cves(matcher.matches("Ivanti", "ZTA Gateways"))).contains("CVE-2025-0282");
        assertThat(cves(matcher.matches("Ivanti", "EPMM"))).contains("CVE-2023-35078", "CVE-2023-35082");
        assertThat(cves(matcher.matches("Ivanti", "MobileIron Core"))).contains("CVE-2023-35082");
        assertThat(cves(matcher.matches("Fortinet", "FortiProxy"))).contains("CVE-2024-55591")
                .doesNotContain("CVE-2018-13379");
    }
}
