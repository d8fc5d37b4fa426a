package com.aeghash.partner.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.ledger.Ledger;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the partner API tests share: a signing client on the running service, members registered in the
 * organization, the database, and the ledger invariants checked after every test.
 */
abstract class PartnerApiTest {

    protected static final String ORDERS = "/api/aegmall/v1/orders";

    @LocalServerPort
    protected int port;

    @Autowired
    protected PartnerMembers members;

    @Autowired
    protected Ledger ledger;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected JsonMapper json;

    protected PartnerClient client;

    @BeforeEach
    void startClient() {
        client = new PartnerClient(port);
    }

    @AfterEach
    void ledgerInvariantsHold() {
        assertThat(ledger.checkInvariants().violations()).isEmpty();
    }

    /** Sends an order call of the test shop, signed, under the idempotency key. */
    protected HttpResponse<String> send(String body, String key) {
        return client.post(TestPartners.SHOP, ORDERS, body, key).send();
    }

    /** How many orders the test shop has stored under {@code orderId}. */
    protected long ordersStored(String orderId) {
        return jdbc.sql("SELECT COUNT(*) FROM partner_orders WHERE partner_id = 'shop' AND order_id = :order")
                .param("order", orderId)
                .query(Long.class)
                .single();
    }

    /** The problem code of an error response. */
    protected String code(HttpResponse<String> response) {
        return json.readTree(response.body()).get("code").stringValue();
    }

    /** {@code status:attempt} of the test partner's idempotency key. */
    protected String keyStatus(String key) {
        return jdbc.sql("SELECT status || ':' || attempt FROM idempotency_keys WHERE scope = :scope"
                        + " AND claim_key = :key")
                .param("scope", "partner:" + TestPartners.SHOP.id())
                .param("key", key)
                .query(String.class)
                .single();
    }
}
