package com.aeghash.bonus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.bonus.OrderDistribution;
import com.aeghash.bonus.PaidOrder;
import com.aeghash.organization.OrganizationFixtures;
import com.aeghash.organization.Registration;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.StatementCounter;
import com.aeghash.testsupport.StatementCountingConfiguration;
import com.aeghash.testsupport.TestIds;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Statements per distributed order do not depend on the number of paid levels: an order paying 30 entries
 * sends the same statements as one paying 6 (uplines in one query per tree, entries in one batch, one sales volume
 * row, one credit queue row); no binary node and no ledger row is written: the credits are posted later, aggregated
 * over orders, by the credit poster.
 */
@IntegrationTest
@Import(StatementCountingConfiguration.class)
class BonusStatementCountIT extends BonusDistributionTestBase {

    /**
     * Measured 8: 2 upline reads, the buyer's center (explicit or among its uplines: none here, so no rank read), order,
     * entries batch, the batch of shares not paid (here the center bonuses, without a center; near the root also
     * levels without an upline), the buyer's sales volume (one insert: the leg totals are folded in later) and the
     * order's credit queue row.
     */
    private static final int STATEMENTS_MAX = 8;

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
        assertThat(withInListsFolded(thirty.statements())).isEqualTo(withInListsFolded(few.statements()));
        assertThat(thirty.statements()).hasSizeLessThanOrEqualTo(STATEMENTS_MAX);
        assertThat(thirty.statements()).noneMatch(statement -> statement.contains("organization_binary_nodes SET"));
        assertThat(thirty.statements()).noneMatch(statement -> statement.contains("ledger_"));
        assertThat(thirty.statements().get(thirty.statements().size() - 1))
                .startsWith("INSERT INTO bonus_credit_queue");
        credits.postOutstanding();
        assertThat(ledger.checkInvariants().violations()).isEmpty();
    }

    @Autowired
    BonusCreditQueue queue;

    /**
     * The poster's entry lookup takes at most {@value JdbcBonusCreditQueue#REFERENCES_PER_LOOKUP} orders per statement
     * (an index plan even without statistics): 25 orders are three statements of one text.
     */
    @Test
    void theCreditLookupOfTwentyFiveOrdersIsThreeStatementsOfAtMostTenOrders() {
        String prefix = TestIds.unique("lookup");
        String root = OrganizationFixtures.root(context, prefix + "-root", "test");
        String buyer = prefix + "-1";
        organization.register(new Registration(buyer, root, root), "test");
        List<String> references = new ArrayList<>();
        for (int order = 0; order < 25; order++) {
            distribute(prefix + "-o" + order, buyer);
            references.add(prefix + "-o" + order);
        }

        StatementCounter.Recorded<Map<String, BigDecimal>> lookup =
                StatementCounter.record(() -> transaction.execute(status -> queue.creditsOf(references)));

        assertThat(lookup.statements())
                .hasSize(3)
                .containsOnly(lookup.statements().get(0));
        assertThat(lookup.result())
                .as("25 x 31 to the buyer's referrer (the uplines above it are shared with other tests)")
                .hasEntrySatisfying(root, credit -> assertThat(credit).isEqualByComparingTo("775"));
        credits.postOutstanding();
    }

    private StatementCounter.Recorded<OrderDistribution> distribute(String reference, String buyer) {
        return StatementCounter.record(() -> transaction.execute(
                status -> bonuses.distribute(new PaidOrder(reference, buyer, new BigDecimal("100"), Instant.now()))));
    }

    /**
     * The statements with IN lists and multi-row VALUES lists shown as one placeholder (their length follows the
     * number of levels).
     */
    private static List<String> withInListsFolded(List<String> statements) {
        return statements.stream()
                .map(statement -> statement
                        .replaceAll("\\(\\?(, \\?)*\\)", "(?...)")
                        .replaceAll("\\(\\?\\.\\.\\.\\)(, \\(\\?\\.\\.\\.\\))+", "(?...)"))
                .toList();
    }
}
