package com.aeghash.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.TestDatabaseScope;
import com.aeghash.testsupport.TestDatabases;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL: the statement that stages a batch's lines finds each line's account by one probe of the accounts' key,
 * even for the first executions of the statement, which PostgreSQL plans knowing the arrays' real length (a large
 * batch against many accounts was then planned as a hash join over a scan of every account).
 */
class StagedLinesPlanIT {

    private static final int ACCOUNTS = 200_000;
    private static final int LINES = 20_000;

    @RegisterExtension
    final TestDatabaseScope databases = TestDatabaseScope.eachTest();

    @Test
    void aLargeBatchLooksUpItsAccountsByKeyInsteadOfScanningThemAll() {
        JdbcTemplate jdbc = new JdbcTemplate(databases.open(TestDatabases.Kind.POSTGRES));
        jdbc.update("""
                INSERT INTO ledger_accounts (id, owner_type, owner_id, asset, bucket, balance, updated_at)
                SELECT g, 'MEMBER', 'plan-' || g, 'POINT', 'PENDING', 1, now() FROM generate_series(1, ?) g""", ACCOUNTS);
        jdbc.execute("ANALYZE ledger_accounts");
        List<Long> ids = LongStream.rangeClosed(1, LINES).boxed().toList();
        List<String> members =
                ids.stream().map(id -> "plan-" + id * (ACCOUNTS / LINES)).toList();

        String plan = String.join(
                "\n",
                jdbc.query(
                        "EXPLAIN " + StagedPostingsSql.STAGE,
                        statement -> {
                            statement.setLong(1, 1L);
                            SqlArrays.bigints(statement, 2, ids);
                            SqlArrays.bigints(statement, 3, Collections.nCopies(LINES, 1L));
                            SqlArrays.varchars(statement, 4, Collections.nCopies(LINES, "MEMBER"));
                            SqlArrays.varchars(statement, 5, members);
                            SqlArrays.varchars(statement, 6, Collections.nCopies(LINES, "POINT"));
                            SqlArrays.varchars(statement, 7, Collections.nCopies(LINES, "AVAILABLE"));
                            SqlArrays.numerics(statement, 8, Collections.nCopies(LINES, BigDecimal.ONE));
                            SqlArrays.bigints(statement, 9, ids);
                        },
                        (row, index) -> row.getString(1)));

        assertThat(plan).contains("Index").doesNotContain("Seq Scan on ledger_accounts");
    }
}
