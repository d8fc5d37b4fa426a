package com.aeghash.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs every test of the class once per database, H2 then PostgreSQL: the class takes its
 * {@link TestDatabases.Kind} as a {@code @Parameter} field or a constructor argument, and opens its databases
 * through a {@link TestDatabaseScope} or its application through a {@link TestApplication}. The PostgreSQL run
 * skips with a message when the server is absent, and fails when {@code AEGHASH_REQUIRE_POSTGRES=true}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabases.Kind.class)
public @interface OnEachDatabase {}
