package com.aeghash.partner.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.idempotency.IdempotentResponse;
import com.aeghash.organization.OrganizationChanges;
import com.aeghash.partner.internal.authentication.AuthenticatedCall;
import com.aeghash.partner.internal.orders.OrderRequest;
import com.aeghash.partner.internal.settings.PartnerRegistry;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.StatementCounter;
import com.aeghash.testsupport.StatementCountingConfiguration;
import com.aeghash.testsupport.TestIds;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/**
 * The statements of one partner order paying 30 bonus entries, from the idempotency claim to the commit (the
 * authentication filter adds two single-row inserts of its own: the nonce and the inbound event). Their number
 * does not depend on the number of levels, no statement writes the binary tree (leg PV is folded in later by
 * the leg-volume job), and no ledger row is written: the order's credits are queued and posted later, aggregated over
 * orders, so orders sharing uplines do not queue on their balance rows. Shares its context with the bonus engine's
 * statement count test.
 */
@IntegrationTest
@Import(StatementCountingConfiguration.class)
class PartnerOrderStatementCountIT {

    /**
     * Measured 13: the key claim (auto-committed on its own), then the partner order, two upline reads, the buyer's
     * center (bonus module; a rank read more when there is one), the bonus order, the entries batch, the batch of
     * shares not paid, the sales volume event, the order's credit queue row, the order's bonus result, the event
     * publication of {@code PartnerOrderPaid} for the rank listener (the outbox row) and the key's completion.
     */
    private static final int STATEMENTS_MAX = 13;

    @Autowired
    private PartnerCommands commands;

    @Autowired
    private PartnerRegistry registry;

    @Autowired
    private OrganizationChanges organization;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private JsonMapper json;

    @Test
    void anOrderSendsABoundedNumberOfStatementsAndWritesNoLedgerRow() {
        PartnerMembers members = new PartnerMembers(organization, context);
        String buyer = members.buyer().memberId();
        order(buyer); // the uplines' ledger accounts are created by their first bonus

        StatementCounter.Recorded<IdempotentResponse> recorded = StatementCounter.record(() -> order(buyer));

        assertThat(recorded.result().status()).isEqualTo(201);
        assertThat(json.readTree(recorded.result().body()).get("bonusEntries").intValue())
                .isEqualTo(PartnerMembers.ENTRIES_PER_ORDER);
        List<String> statements = recorded.statements();
        assertThat(statements).as("%s", statements).hasSizeLessThanOrEqualTo(STATEMENTS_MAX);
        assertThat(statements.get(0)).startsWith("INSERT INTO idempotency_keys");
        assertThat(statements)
                .as("no row that other orders write is locked or written: no ledger row, no tree row")
                .noneMatch(statement -> statement.contains("ledger_"))
                .noneMatch(statement -> statement.startsWith("UPDATE organization_binary_nodes"))
                .noneMatch(statement -> statement.contains("FOR UPDATE"))
                .anyMatch(statement -> statement.startsWith("INSERT INTO bonus_credit_queue"));
    }

    private IdempotentResponse order(String buyer) {
        String body = "{\"orderId\":\"" + TestIds.unique("o") + "\",\"memberId\":\"" + buyer
                + "\",\"totalAmount\":\"120\",\"pvAmount\":\"100\",\"channel\":\"web\"}";
        OrderRequest request = json.readValue(body, OrderRequest.class);
        AuthenticatedCall call = new AuthenticatedCall(
                registry.byId("demo").orElseThrow(), body.getBytes(StandardCharsets.UTF_8), TestIds.unique("idem"));
        return commands.createOrder(call, request, "/api/aegmall/v1/orders");
    }
}
