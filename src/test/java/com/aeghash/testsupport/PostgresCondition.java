package com.aeghash.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Disables PostgreSQL tests with a visible reason when the server is absent and not required. */
public class PostgresCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (PostgresTestDatabase.required() || PostgresTestDatabase.available()) {
            return ConditionEvaluationResult.enabled("PostgreSQL at " + PostgresTestDatabase.URL);
        }
        return ConditionEvaluationResult.disabled("PostgreSQL not reachable at " + PostgresTestDatabase.URL
                + " (set AEGHASH_REQUIRE_POSTGRES=true to make this a failure)");
    }
}
