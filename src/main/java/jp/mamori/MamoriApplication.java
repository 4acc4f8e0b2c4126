package jp.mamori;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MamoriApplication {

    public static void main(String[] args) {
        SpringApplication.run(MamoriApplication.class, args);
    }
}
