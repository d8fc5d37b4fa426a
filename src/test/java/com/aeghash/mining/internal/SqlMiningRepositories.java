package com.aeghash.mining.internal;

import com.aeghash.mining.internal.MiningRepositoriesContract.Repositories;
import com.aeghash.mining.internal.balances.JdbcMiningBalanceRepository;
import com.aeghash.mining.internal.etl.JdbcEtlRunRepository;
import com.aeghash.mining.internal.hashpower.JdbcHashPowerSettingRepository;
import com.aeghash.mining.internal.project.JdbcProjectSnapshotRepository;
import com.aeghash.mining.internal.withdrawal.JdbcMiningWithdrawalRepository;
import com.aeghash.testsupport.TestDatabases;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** One migrated database per kind for the SQL repository tests of a JVM run (tests use their own ids). */
final class SqlMiningRepositories {

    private static final Map<TestDatabases.Kind, JdbcTemplate> DATABASES = new EnumMap<>(TestDatabases.Kind.class);

    private SqlMiningRepositories() {
    }

    static synchronized JdbcTemplate jdbc(TestDatabases.Kind kind) {
        if (kind == TestDatabases.Kind.POSTGRES) {
            TestDatabases.requirePostgres();
        }
        return DATABASES.computeIfAbsent(kind, database -> new JdbcTemplate(TestDatabases.create(database)));
    }

    static Repositories of(TestDatabases.Kind kind) {
        JdbcTemplate jdbc = jdbc(kind);
        return new Repositories(new JdbcProjectSnapshotRepository(jdbc), new JdbcMiningBalanceRepository(jdbc),
                new JdbcHashPowerSettingRepository(jdbc), new JdbcMiningWithdrawalRepository(jdbc));
    }

    static JdbcEtlRunRepository runs(TestDatabases.Kind kind) {
        return new JdbcEtlRunRepository(jdbc(kind));
    }
}
