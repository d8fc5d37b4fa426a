package com.aeghash.partner.internal.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.TestIds;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link PartnerOrderRepository} must do; run on memory, H2 and PostgreSQL. */
abstract class PartnerOrderRepositoryContract {

    private static final Instant NOW = Instant.parse("2026-11-26T10:15:30.123456Z");
    private PartnerOrderRepository orders;

    abstract PartnerOrderRepository createRepository();

    @BeforeEach
    void setUp() {
        orders = createRepository();
    }

    @Test
    void anOrderIsStoredOncePerPartnerAndReadBackWithItsFigures() {
        String orderId = TestIds.unique("o");

        long id = orders.insertPaid(order("shop", orderId)).orElseThrow();
        boolean duplicate = orders.insertPaid(order("shop", orderId)).isPresent();
        boolean otherPartner = orders.insertPaid(order("mall", orderId)).isPresent();
        orders.recordBonus(id, 30, new BigDecimal("12.34567891"), NOW);

        assertThat(duplicate).isFalse();
        assertThat(otherPartner).isTrue();
        PartnerOrder found = orders.findForUpdate("shop", orderId).orElseThrow();
        assertThat(found.id()).isEqualTo(id);
        assertThat(found.memberId()).isEqualTo("m-1");
        assertThat(found.totalAmount()).isEqualByComparingTo("120.000000000000000001");
        assertThat(found.pvAmount()).isEqualByComparingTo("100");
        assertThat(found.channel()).isEqualTo("web");
        assertThat(found.metadata()).isEqualTo("{\"sku\":\"A\"}");
        assertThat(found.status()).isEqualTo(PartnerOrderStatus.PAID);
        assertThat(found.bonusEntries()).isEqualTo(30);
        assertThat(found.bonusTotal()).isEqualByComparingTo("12.34567891");
        assertThat(found.paidAt().truncatedTo(ChronoUnit.MICROS)).isEqualTo(NOW.truncatedTo(ChronoUnit.MICROS));
        assertThat(found.reference()).isEqualTo("shop:" + orderId);
    }

    @Test
    void onlyAPaidOrderIsRefunded() {
        String orderId = TestIds.unique("o");
        long id = orders.insertPaid(order("shop", orderId)).orElseThrow();

        assertThat(orders.markRefunded(id, NOW.plusSeconds(5))).isTrue();
        assertThat(orders.markRefunded(id, NOW.plusSeconds(6))).isFalse();

        PartnerOrder refunded = orders.findForUpdate("shop", orderId).orElseThrow();
        assertThat(refunded.status()).isEqualTo(PartnerOrderStatus.REFUNDED);
        assertThat(refunded.refundedAt().truncatedTo(ChronoUnit.MICROS))
                .isEqualTo(NOW.plusSeconds(5).truncatedTo(ChronoUnit.MICROS));
        assertThat(orders.findForUpdate("shop", "missing-" + orderId)).isEmpty();
    }

    private static PartnerOrder order(String partner, String orderId) {
        return new PartnerOrder(
                0,
                partner,
                orderId,
                "m-1",
                new BigDecimal("120.000000000000000001"),
                new BigDecimal("100"),
                "web",
                "{\"sku\":\"A\"}",
                PartnerOrderStatus.PAID,
                0,
                BigDecimal.ZERO,
                NOW,
                null);
    }
}
