package com.aeghash.testsupport;

import com.aeghash.sandbox.SandboxFixtures;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a fresh in-memory H2 (PostgreSQL mode), sandbox profile, schedules off,
 * on a random port. Classes with the same annotations share one cached context (and database): tests
 * must create their own members/ids (see {@link TestIds}) instead of assuming an empty database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"sandbox", "test"})
@Import(SandboxFixtures.class)
public @interface IntegrationTest {}
