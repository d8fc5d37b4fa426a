package com.aeghash.testsupport;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a test context at a fresh PostgreSQL schema. */
public class PostgresSchemaInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                        "spring.datasource.url=" + PostgresTestDatabase.createSchemaUrl(),
                        "spring.datasource.username=" + PostgresTestDatabase.USER,
                        "spring.datasource.password=" + PostgresTestDatabase.PASSWORD)
                .applyTo(context.getEnvironment());
    }
}
