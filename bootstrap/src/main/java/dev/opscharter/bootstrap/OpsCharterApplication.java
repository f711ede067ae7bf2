package dev.opscharter.bootstrap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * OpsCharter: the working system of an Operations Management department. The auto-configuration
 * package is the whole of {@code dev.opscharter} so that Vaadin finds the views in the UI adapter.
 */
@SpringBootApplication(scanBasePackages = {"dev.opscharter.bootstrap", "dev.opscharter.adapters"})
@AutoConfigurationPackage(basePackages = "dev.opscharter")
public class OpsCharterApplication {

    public static void main(String[] args) {
        SpringApplication.run(OpsCharterApplication.class, args);
    }
}
