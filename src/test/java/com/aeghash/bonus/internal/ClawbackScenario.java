package com.aeghash.bonus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.bonus.BonusDebts;
import com.aeghash.bonus.BonusEntry;
import com.aeghash.bonus.BonusEntryStatus;
import com.aeghash.bonus.BonusReports;
import com.aeghash.bonus.PaidOrder;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.AssetBalance;
import com.aeghash.testsupport.TestIds;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A chain root ← 1 ← 2 ← 3 of its own and a cut-off of its own in the past for each test of refunds after
 * confirmation (an order of 3 with PV 100 pays 2 31, 1 6); the root is the context's first (shared), so it and its
 * uplines are paid too. The ledger's invariants are checked after each test.
 */
abstract class ClawbackScenario extends BonusDistributionTestBase {

    @Autowired
    BonusClosingService closings;

    @Autowired
    BonusOrderRepository orders;

    @Autowired
    BonusDebts debts;

    @Autowired
    BonusReports reports;

    @Autowired
    JdbcTemplate jdbc;

    String prefix;
    Instant cutoff;

    @BeforeEach
    void setUpChain() {
        prefix = TestIds.unique("claw");
        cutoff = Instant.parse("2022-01-01T00:00:00Z")
                .plusSeconds(ThreadLocalRandom.current().nextLong(86_400 * 300L));
        registerChainOfThree(prefix);
    }

    @AfterEach
    void ledgerInvariantsHold() {
        assertThat(ledger.checkInvariants().violations()).isEmpty();
    }

    void distribute(String order, Instant paidAt) {
        bonuses.distribute(new PaidOrder(reference(order), member(3), new BigDecimal("100"), paidAt));
        credits.postOutstanding();
    }

    List<BonusEntryStatus> statusesOf(String order) {
        return orders.entriesOfOrder(reference(order)).stream()
                .map(BonusEntry::status)
                .toList();
    }

    long count(String sql, Object... parameters) {
        Long count = jdbc.queryForObject(sql, Long.class, parameters);
        return count == null ? 0 : count;
    }

    AssetBalance points(String memberId) {
        return ledger.balancesOf(memberId).of(Asset.POINT);
    }

    String reference(String order) {
        return prefix + "-" + order;
    }

    String member(int index) {
        return prefix + "-" + index;
    }
}
