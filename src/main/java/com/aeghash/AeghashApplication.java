package com.aeghash;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * AEGHASH platform core. Each direct sub-package is one business module (see {@code ModularityTests});
 * a module's base package is its public API, its {@code internal} package is private to it.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
public class AeghashApplication {

    public static void main(String[] args) {
        SpringApplication.run(AeghashApplication.class, args);
    }
}
