package com.aeghash.testsupport;

import com.aeghash.sandbox.SandboxFixtures;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Like {@link IntegrationTest} but on PostgreSQL, in a fresh schema of the test server. Skipped with a
 * message when the server is absent, failing instead when {@code AEGHASH_REQUIRE_POSTGRES=true}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(PostgresCondition.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"sandbox", "test"})
@ContextConfiguration(initializers = PostgresSchemaInitializer.class)
@Import(SandboxFixtures.class)
public @interface PostgresIntegrationTest {}
