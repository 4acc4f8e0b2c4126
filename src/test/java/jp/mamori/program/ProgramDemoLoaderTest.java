package jp.mamori.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ProgramDemoLoaderTest {

    @Test
    void spreadsTheCapacityProportionallyAndExactly() {
        Map<String, Integer> quotas = ProgramDemoLoader.spread(2000, Map.of("01", 500, "13", 600, "46", 213, "47", 0));
        assertThat(quotas.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2000);
        assertThat(quotas.get("13")).isGreaterThan(quotas.get("01")).isGreaterThan(quotas.get("46"));
        assertThat(quotas.get("47")).isZero();
    }
}
