package jp.mamori.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProductNamesTest {

    @Test
    void aProductFieldIsSplitAtAndCommasSlashesAndParentheses() {
        assertThat(ProductNames.split("Connect Secure, Policy Secure, and ZTA Gateways"))
                .containsExactly("connect secure", "policy secure", "zta gateways");
        assertThat(ProductNames.split("FortiGate (FortiOS)")).containsExactly("fortigate", "fortios");
        assertThat(ProductNames.split("FortiOS and FortiProxy")).containsExactly("fortios", "fortiproxy");
        assertThat(ProductNames.split("Apex One/OfficeScan & Worry-Free")).containsExactly("apex one", "officescan", "worry free");
        assertThat(ProductNames.split("ＦｏｒｔｉＯＳ／ＦｏｒｔｉＰｒｏｘｙ")).containsExactly("fortios", "fortiproxy");
        assertThat(ProductNames.split(null)).isEmpty();
    }

    @Test
    void namesMatchWhenOneHoldsTheOtherAsWholeWords() {
        assertThat(ProductNames.match("fortios", "fortios ssl vpn")).isTrue();
        assertThat(ProductNames.match("fortios ssl vpn", "fortios")).isTrue();
        assertThat(ProductNames.match("fort", "fortios")).isFalse();
        assertThat(ProductNames.match("connect secure", "pulse connect secure")).isTrue();
        assertThat(ProductNames.match("secure connect", "pulse connect secure")).isFalse();
        assertThat(ProductNames.match("os", "fortios")).isFalse();
    }

    @Test
    void fortiGateWithFortiOsMeetsFortiOsAndFortiProxy() {
        boolean any = ProductNames.split("FortiGate (FortiOS)").stream()
                .anyMatch(a -> ProductNames.split("FortiOS and FortiProxy").stream().anyMatch(b -> ProductNames.match(a, b)));
        assertThat(any).isTrue();
    }
}
