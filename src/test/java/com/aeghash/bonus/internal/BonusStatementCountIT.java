package com.aeghash.bonus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.bonus.OrderDistribution;
import com.aeghash.bonus.PaidOrder;
import com.aeghash.organization.OrganizationFixtures;
import com.aeghash.organization.Registration;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.LedgerWriteStatements;
import com.aeghash.testsupport.StatementCounter;
import com.aeghash.testsupport.StatementCountingConfiguration;
import com.aeghash.testsupport.TestIds;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Statements per distributed order do not depend on the number of paid levels: an order paying 30 entries
 * sends the same statements as one paying 6 (uplines in one query per tree, entries in one batch, one ledger
 * entry, one sales volume row); no binary node is written, and the ledger's balance update and postings come
 * last.
 */
@IntegrationTest
@Import(StatementCountingConfiguration.class)
class BonusStatementCountIT extends BonusDistributionTestBase {

    /**
     * Measured 11: 2 upline reads, the buyer's center (explicit or among its uplines: none here, so no rank read), order,
     * entries batch, the batch of shares not paid (here the center bonuses, without a center; near the root also
     * levels without an upline), the buyer's sales volume (one insert: the leg totals
     * are folded in later), 4 ledger statements (entry; at commit the balance rows locked in id order, their
     * new balances, the postings batch). The beneficiaries' ledger accounts exist already (created by the warm-up
     * orders; creating them costs 2 more statements).
     */
    private static final int STATEMENTS_MAX = 11;

    private static final String ID_BLOCK_ALLOCATION = "SELECT nextval('ledger_id_blocks')";

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    @Test
    void anOrderPayingThirtyLevelsSendsTheSameStatementsAsOnePayingSix() {
        String prefix = TestIds.unique("chain");
        String root = OrganizationFixtures.root(context, prefix + "-root", "test");
        String previous = root;
        for (int index = 1; index <= 22; index++) {
            String member = prefix + "-" + index;
            organization.register(new Registration(member, previous, previous), "test");
            previous = member;
        }
        String deep = prefix + "-22";
        String shallow = prefix + "-2";
        distribute(prefix + "-warm-deep", deep);
        distribute(prefix + "-warm-shallow", shallow);

        StatementCounter.Recorded<OrderDistribution> thirty = distribute(prefix + "-deep", deep);
        StatementCounter.Recorded<OrderDistribution> few = distribute(prefix + "-shallow", shallow);

        assertThat(thirty.result().entries()).isEqualTo(30);
        assertThat(few.result().entries()).isLessThan(10);
        assertThat(withoutIdBlocks(thirty.statements())).isEqualTo(withoutIdBlocks(few.statements()));
        assertThat(withoutIdBlocks(thirty.statements())).hasSizeLessThanOrEqualTo(STATEMENTS_MAX);
        LedgerWriteStatements.assertEndWithBalanceWrites(thirty.statements());
        assertThat(thirty.statements()).noneMatch(statement -> statement.contains("organization_binary_nodes SET"));
        assertThat(ledger.checkInvariants().violations()).isEmpty();
    }

    private StatementCounter.Recorded<OrderDistribution> distribute(String reference, String buyer) {
        return StatementCounter.record(() -> transaction.execute(
                status -> bonuses.distribute(new PaidOrder(reference, buyer, new BigDecimal("100"), Instant.now()))));
    }

    /**
     * The statements with IN lists shown as one placeholder (their length follows the number of levels, the
     * number of statements does not); without the ledger's id-block allocation, which happens once per
     * 1000 ids whatever the order.
     */
    private static List<String> withoutIdBlocks(List<String> statements) {
        return statements.stream()
                .filter(statement -> !statement.equals(ID_BLOCK_ALLOCATION))
                .map(statement -> statement.replaceAll("\\(\\?(, \\?)*\\)", "(?...)"))
                .toList();
    }
}
