package com.aeghash.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.organization.RegisteredMember;
import com.aeghash.organization.Registration;
import com.aeghash.testsupport.PostgresCondition;
import com.aeghash.testsupport.StatementCounter;
import com.aeghash.testsupport.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Statements per placement do not grow with the tree: the same registrations (spilling over below the
 * root, and directly below a leaf) send the same statements into a tree of 1,000 and of 100,000 members.
 */
@ExtendWith(PostgresCondition.class)
class PlacementStatementCountIT {

    /** referrer, sponsor, member, unilevel node, slot search, claim, parent, node, slots, spillover. */
    private static final int SPILLOVER_STATEMENTS_MAX = 10;

    @Test
    void statementsPerPlacementAreTheSameAtOneThousandAndOneHundredThousandMembers() {
        List<List<String>> small = placementStatements(1_000);
        List<List<String>> large = placementStatements(100_000);

        assertThat(large).isEqualTo(small);
        assertThat(small.get(0)).hasSize(SPILLOVER_STATEMENTS_MAX);
        assertThat(small.get(small.size() - 1))
                .as("direct placement below a leaf: no parent read, no spillover")
                .hasSize(SPILLOVER_STATEMENTS_MAX - 2);
    }

    /** The statements of 5 spillover registrations below the root and one directly below a leaf. */
    private static List<List<String>> placementStatements(int members) {
        DataSource pool = TestDatabases.create(TestDatabases.Kind.POSTGRES);
        try {
            return placementStatements(StatementCounter.wrap(pool), members);
        } finally {
            TestDatabases.close(pool);
        }
    }

    private static List<List<String>> placementStatements(DataSource dataSource, int members) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String root = BinaryTreeBulkLoad.load(jdbc, "b", members);
        OrganizationChangesService service = OrganizationOverJdbc.changes(jdbc);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        List<List<String>> statements = new ArrayList<>();
        for (int index = 0; index < 5; index++) {
            String member = "new-" + index;
            StatementCounter.Recorded<RegisteredMember> recorded = StatementCounter.record(() ->
                    transaction.execute(status -> service.register(new Registration(member, root, root), "test")));
            assertThat(recorded.result().spillover()).isTrue();
            assertThat(recorded.result().binaryDepth()).isGreaterThan(8);
            statements.add(recorded.statements());
        }
        String leaf = "b" + members;
        statements.add(StatementCounter.record(() -> transaction.execute(
                        status -> service.register(new Registration("below-leaf", root, leaf), "test")))
                .statements());
        return statements;
    }
}
