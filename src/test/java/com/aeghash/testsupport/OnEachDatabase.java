package com.aeghash.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs a test class once per database kind, H2 then PostgreSQL (skipped without it unless required), each run on
 * one migrated database ({@link DatabasePerKind#of}) that is closed once the class is done. The class declares
 * {@code @Parameter TestDatabases.Kind kind}: the form of a repository contract test on SQL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabases.Kind.class)
@ExtendWith(DatabasePerKind.class)
public @interface OnEachDatabase {
}
