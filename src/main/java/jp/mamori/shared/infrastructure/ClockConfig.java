package jp.mamori.shared.infrastructure;

import java.time.Clock;

import jp.mamori.shared.JapaneseDates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfig {

    @Bean
    Clock clock() {
        return Clock.system(JapaneseDates.TOKYO);
    }
}
