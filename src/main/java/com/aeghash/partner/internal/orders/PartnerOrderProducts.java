package com.aeghash.partner.internal.orders;

import com.aeghash.bonus.OrderProducts;
import com.aeghash.product.Product;
import com.aeghash.product.ProductCatalogue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The bonus module's {@link OrderProducts} for partner orders: the stored lines of the order its reference
 * ({@code <partner>:<orderId>}) names, with each product's name from the catalogue. Two reads (the lines by the
 * order's unique key, the names of their SKUs in one query).
 */
@Component
class PartnerOrderProducts implements OrderProducts {

    private final JdbcClient jdbc;
    private final ProductCatalogue catalogue;

    PartnerOrderProducts(JdbcClient jdbc, ProductCatalogue catalogue) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    @Override
    public List<Line> linesOf(String orderReference) {
        int separator = orderReference == null ? -1 : orderReference.indexOf(':');
        if (separator < 1) {
            return List.of();
        }
        List<StoredLine> lines = jdbc.sql("""
                SELECT l.sku, l.quantity, l.unit_pv, l.line_pv, l.bonus_plan
                FROM partner_orders o JOIN partner_order_lines l ON l.partner_order_id = o.id
                WHERE o.partner_id = :partner AND o.order_id = :order ORDER BY l.line_no""")
                .param("partner", orderReference.substring(0, separator))
                .param("order", orderReference.substring(separator + 1))
                .query(StoredLine.class)
                .list();
        if (lines.isEmpty()) {
            return List.of();
        }
        Set<String> skus = lines.stream().map(StoredLine::sku).collect(Collectors.toSet());
        Map<String, Product> products = catalogue.findBySkus(skus);
        return lines.stream()
                .map(line -> new Line(
                        line.sku(),
                        products.containsKey(line.sku())
                                ? products.get(line.sku()).name()
                                : null,
                        line.quantity(),
                        line.unitPv(),
                        line.linePv(),
                        line.bonusPlan()))
                .toList();
    }

    /** A row of {@code partner_order_lines} as the explanation needs it. */
    record StoredLine(String sku, int quantity, BigDecimal unitPv, BigDecimal linePv, String bonusPlan) {}
}
