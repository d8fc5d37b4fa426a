package com.aeghash.partner.internal.settings;

import com.aeghash.common.Amounts;
import com.aeghash.common.ApiException;
import com.aeghash.partner.internal.orders.OrderRequest;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * The partner's amount limits and the scale of member credits, checked on the payload alone before the
 * idempotency key is claimed: like a malformed body, an over-limit request never consumes its key.
 */
public final class PartnerLimitsCheck {

    private PartnerLimitsCheck() {}

    public static void order(PartnerSettings partner, OrderRequest request) {
        atMost(request.totalAmount(), partner.limits().orderTotalMax(), "totalAmount");
        if (request.pvAmount() != null) {
            orderPv(partner, request.pvAmount(), "pvAmount");
        }
    }

    /** The PV of an order, sent or added up from its lines ({@code field} names what the partner sent). */
    public static void orderPv(PartnerSettings partner, BigDecimal pvAmount, String field) {
        atMost(pvAmount, partner.limits().orderPvMax(), field);
    }

    /** Hash power is credited to members at 8 decimals; more is refused rather than silently rounded down. */
    public static void hashpower(PartnerSettings partner, BigDecimal amount, String field) {
        Amounts.requireMemberScale(amount, field);
        atMost(amount, partner.limits().hashpowerMax(), field);
    }

    private static void atMost(BigDecimal amount, BigDecimal limit, String field) {
        if (amount.compareTo(limit) > 0) {
            throw new ApiException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "amount_limit_exceeded",
                    field,
                    field + " exceeds this partner's limit of " + Amounts.format(limit),
                    Map.of("limit", Amounts.format(limit)));
        }
    }
}
