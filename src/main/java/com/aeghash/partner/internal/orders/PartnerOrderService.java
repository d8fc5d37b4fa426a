package com.aeghash.partner.internal.orders;

import com.aeghash.audit.AuditLog;
import com.aeghash.bonus.BonusDistribution;
import com.aeghash.bonus.BonusRefundWindow;
import com.aeghash.bonus.OrderDistribution;
import com.aeghash.bonus.PaidOrder;
import com.aeghash.common.Amounts;
import com.aeghash.common.ApiException;
import com.aeghash.common.metrics.CommittedCounts;
import com.aeghash.partner.PartnerOrderPaid;
import com.aeghash.partner.PartnerOrderRefunded;
import com.aeghash.partner.internal.PartnerResponses.OrderCreated;
import com.aeghash.partner.internal.PartnerResponses.OrderRefunded;
import com.aeghash.partner.internal.settings.PartnerLimitsCheck;
import com.aeghash.partner.internal.settings.PartnerSettings;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders pushed by partners. Both methods run inside the transaction that also completes the request's
 * idempotency key ({@link com.aeghash.idempotency.IdempotentRequests}); {@code MANDATORY} makes that a checked
 * precondition.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class PartnerOrderService {

    private final PartnerOrderRepository orders;
    private final OrderLines orderLines;
    private final BonusDistribution bonuses;
    private final BonusRefundWindow refundWindow;
    private final AuditLog auditLog;
    private final Clock clock;
    private final CommittedCounts counts;
    private final ApplicationEventPublisher events;

    /** Partner orders stored ({@code event=created}) and refunded ({@code event=refunded}), per partner. */
    public static final String ORDERS_METRIC = "aeghash.partner.orders";

    PartnerOrderService(
            PartnerOrderRepository orders,
            OrderLines orderLines,
            BonusDistribution bonuses,
            BonusRefundWindow refundWindow,
            AuditLog auditLog,
            Clock clock,
            MeterRegistry meters,
            ApplicationEventPublisher events) {
        this.events = events;
        this.orders = orders;
        this.orderLines = orderLines;
        this.bonuses = bonuses;
        this.refundWindow = refundWindow;
        this.auditLog = auditLog;
        this.clock = clock;
        this.counts = new CommittedCounts(meters);
    }

    private void count(PartnerSettings partner, String event) {
        counts.increment(ORDERS_METRIC, "partner orders ingested", Tags.of("partner", partner.id(), "event", event));
    }

    /**
     * Stores the order {@code PAID} (with its product lines, when it has some) and has the bonus engine distribute
     * its bonuses, each line's PV by its product's plan, in one transaction.
     * {@code metadata} is the checked JSON text of {@link OrderMetadata}.
     */
    public OrderCreated create(PartnerSettings partner, OrderRequest request, String metadata) {
        Instant now = clock.instant();
        if (request.lines() != null
                && orders.findForUpdate(partner.id(), request.orderId()).isPresent()) {
            // A stored order answers 409 whatever its lines' products became since (deactivated, plan removed).
            throw duplicateOrder(request);
        }
        List<PricedLine> lines = request.lines() == null ? List.of() : orderLines.price(request.lines());
        BigDecimal pvAmount = lines.isEmpty() ? request.pvAmount() : pvOfLines(partner, request, lines);
        PartnerOrder order = new PartnerOrder(
                0,
                partner.id(),
                request.orderId(),
                request.memberId(),
                request.totalAmount(),
                pvAmount,
                request.channel(),
                metadata,
                PartnerOrderStatus.PAID,
                0,
                BigDecimal.ZERO,
                now,
                null);
        long id = orders.insertPaid(order).orElseThrow(() -> duplicateOrder(request));
        PaidOrder paid = lines.isEmpty()
                ? new PaidOrder(order.reference(), request.memberId(), pvAmount, now)
                : new PaidOrder(order.reference(), request.memberId(), pvAmount, now, OrderLines.planShares(lines));
        if (!lines.isEmpty()) {
            orders.insertLines(id, lines);
        }
        OrderDistribution distribution = bonuses.distribute(paid);
        orders.recordBonus(id, distribution.entries(), distribution.total(), now);
        events.publishEvent(new PartnerOrderPaid(request.memberId(), order.reference(), request.totalAmount(), now));
        count(partner, "created");
        return new OrderCreated(request.orderId(), "created", distribution.entries(), distribution.total());
    }

    /** The lines' PV: 422 {@code pv_mismatch} when the order also sent another {@code pvAmount}; within limits. */
    private static BigDecimal pvOfLines(PartnerSettings partner, OrderRequest request, List<PricedLine> lines) {
        BigDecimal linesPv = OrderLines.pvOf(lines);
        if (request.pvAmount() != null && request.pvAmount().compareTo(linesPv) != 0) {
            throw new ApiException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "pv_mismatch",
                    "pvAmount",
                    "pvAmount " + Amounts.format(request.pvAmount()) + " is not the lines' PV "
                            + Amounts.format(linesPv),
                    Map.of("linesPvAmount", Amounts.format(linesPv)));
        }
        PartnerLimitsCheck.orderPv(partner, linesPv, request.pvAmount() == null ? "lines" : "pvAmount");
        return linesPv;
    }

    /**
     * Marks the order {@code REFUNDED} and tells the bonus engine (which cancels its pending bonuses at the next closing
     * and claws back its confirmed ones now); refunding a refunded order changes nothing. An order paid longer ago than
     * the refund window is a 422 {@code refund_window_closed} and stays {@code PAID}.
     */
    public OrderRefunded refund(PartnerSettings partner, String orderId, RefundRequest request) {
        PartnerOrder order = orders.findForUpdate(partner.id(), orderId)
                .orElseThrow(() -> ApiException.notFound("order " + orderId));
        if (order.status() == PartnerOrderStatus.REFUNDED) {
            return new OrderRefunded(orderId, "refunded", order.refundedAt());
        }
        order.status().moveTo(PartnerOrderStatus.REFUNDED);
        // the database keeps microseconds: a second refund responds with the stored time, which must be the same
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        refundWindow.requireOpen(order.paidAt(), now); // 422 refund_window_closed before anything is written
        if (!orders.markRefunded(order.id(), now)) {
            throw new IllegalStateException("order " + order.reference() + " changed while locked");
        }
        bonuses.markRefunded(order.reference(), now);
        events.publishEvent(new PartnerOrderRefunded(order.memberId(), order.reference(), order.totalAmount(), now));
        auditLog.record(
                "partner:" + partner.id(),
                "partner.order_refunded",
                order.reference(),
                Map.of(
                        "keyId",
                        partner.keyId(),
                        "memberId",
                        order.memberId(),
                        "reason",
                        request == null || request.reason() == null ? "" : request.reason()));
        count(partner, "refunded");
        return new OrderRefunded(orderId, "refunded", now);
    }

    private static ApiException duplicateOrder(OrderRequest request) {
        return ApiException.conflict(
                "duplicate_order", "order " + request.orderId() + " was already received from this partner");
    }
}
