package com.aeghash.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.Ledger;
import com.aeghash.ledger.SystemAccount;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded database keeps working after the pool has replaced every connection, including the one
 * Flyway migrated with (Hikari retires connections after their maximum lifetime). H2 2.4.240 failed this:
 * its CHECK constraints stayed bound to the migrating session and rejected every insert once it closed.
 */
@IntegrationTest
class EmbeddedDatabaseLifetimeIT {

    @Autowired
    DataSource dataSource;

    @Autowired
    Ledger ledger;

    @Test
    void writesStillPassCheckConstraintsAfterEveryPooledConnectionWasReplaced() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        pool.getHikariPoolMXBean().softEvictConnections();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.sessions", Integer.class) <= 1);
        String member = TestIds.member();

        ledger.post(EntryRequest.builder("lifetime-" + member, "after connection turnover")
                .move(
                        AccountRef.system(SystemAccount.MANUAL_ADJUSTMENT, Asset.POINT),
                        AccountRef.member(member, Asset.POINT, Bucket.AVAILABLE),
                        new BigDecimal("1"))
                .build());

        assertThat(ledger.balancesOf(member).of(Asset.POINT).available()).isEqualByComparingTo("1");
    }
}
