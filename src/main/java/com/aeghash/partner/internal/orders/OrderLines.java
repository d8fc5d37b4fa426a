package com.aeghash.partner.internal.orders;

import com.aeghash.bonus.BonusPlans;
import com.aeghash.bonus.PaidOrder.PlanShare;
import com.aeghash.common.ApiException;
import com.aeghash.product.Product;
import com.aeghash.product.ProductCatalogue;
import com.aeghash.product.ProductStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The product lines of an order: their shape on the payload alone (before the idempotency key), then their
 * products from the catalogue in one query, and the PV per bonus plan they add up to.
 */
@Component
public class OrderLines {

    /** Lines per order. */
    public static final int LINES_MAX = 100;

    private final ProductCatalogue catalogue;
    private final BonusPlans plans;

    OrderLines(ProductCatalogue catalogue, BonusPlans plans) {
        this.catalogue = catalogue;
        this.plans = plans;
    }

    /**
     * A 400 when the order has neither {@code pvAmount} nor {@code lines}, or names a SKU twice (one line per
     * SKU, its quantity saying how many).
     */
    public static void checkShape(OrderRequest request) {
        if (request.lines() == null) {
            if (request.pvAmount() == null) {
                throw ApiException.validation("pvAmount", "is required unless the order has lines");
            }
            return;
        }
        Map<String, Integer> firstLine = new HashMap<>();
        for (int index = 0; index < request.lines().size(); index++) {
            Integer first = firstLine.putIfAbsent(request.lines().get(index).sku(), index);
            if (first != null) {
                throw ApiException.validation(
                        field(index), "repeats lines[" + first + "].sku; send one line per SKU with its quantity");
            }
        }
    }

    /** Each line with its product: 422 {@code unknown_sku}, {@code inactive_sku} or {@code unknown_bonus_plan}. */
    List<PricedLine> price(List<OrderLine> lines) {
        Map<String, Product> products =
                catalogue.findBySkus(lines.stream().map(OrderLine::sku).toList());
        List<PricedLine> priced = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            OrderLine line = lines.get(index);
            Product product = products.get(line.sku());
            if (product == null) {
                throw unprocessable("unknown_sku", index, "product " + line.sku() + " is not in the catalogue");
            }
            if (product.status() != ProductStatus.ACTIVE) {
                throw unprocessable("inactive_sku", index, "product " + line.sku() + " is inactive");
            }
            if (!plans.exists(product.bonusPlan())) {
                throw unprocessable(
                        "unknown_bonus_plan",
                        index,
                        "product " + line.sku() + " pays by bonus plan '" + product.bonusPlan()
                                + "', which is not configured");
            }
            priced.add(new PricedLine(index, line, product));
        }
        return priced;
    }

    static BigDecimal pvOf(List<PricedLine> lines) {
        return lines.stream().map(PricedLine::linePv).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The lines' PV per plan, in plan-name order: one share when every product pays by the same plan. */
    static List<PlanShare> planShares(List<PricedLine> lines) {
        Map<String, BigDecimal> byPlan = new TreeMap<>();
        lines.forEach(line -> byPlan.merge(line.product().bonusPlan(), line.linePv(), BigDecimal::add));
        return byPlan.entrySet().stream()
                .map(share -> new PlanShare(share.getKey(), share.getValue()))
                .toList();
    }

    private static ApiException unprocessable(String code, int index, String detail) {
        return new ApiException(
                HttpStatus.UNPROCESSABLE_CONTENT, code, field(index), field(index) + ": " + detail, Map.of());
    }

    private static String field(int index) {
        return "lines[" + index + "].sku";
    }
}
