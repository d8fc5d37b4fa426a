package com.aeghash.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.PostgresCondition;
import com.aeghash.testsupport.TestDatabases;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;

/** PostgreSQL gets its own migrations (db/vendor/postgresql) after the shared ones. */
@ExtendWith(PostgresCondition.class)
class VendorMigrationsPostgresIT {

    @Test
    void balanceRowsLeaveRoomForInPlaceUpdates() {
        DataSource database = TestDatabases.create(TestDatabases.Kind.POSTGRES);
        JdbcTemplate jdbc = new JdbcTemplate(database);

        assertThat(jdbc.queryForList(
                        "SELECT relname || ':' || array_to_string(reloptions, ',') FROM pg_class"
                                + " WHERE relname IN ('ledger_accounts', 'mining_balances') AND relnamespace = current_schema()::regnamespace"
                                + " ORDER BY relname",
                        String.class))
                .containsExactly("ledger_accounts:fillfactor=70", "mining_balances:fillfactor=70");
        TestDatabases.close(database);
    }
}
