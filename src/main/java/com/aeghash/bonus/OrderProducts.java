package com.aeghash.bonus;

import java.math.BigDecimal;
import java.util.List;

/**
 * The product lines of an order, for the explanation of its bonus entries. The bonus engine knows an order by its
 * reference and PV only; the module that received the order (partner orders) implements this port, so the bonus
 * module does not depend on it.
 */
public interface OrderProducts {

    /** The order's lines in the order they were sent; empty for an order sent with a bare PV, or unknown here. */
    List<Line> linesOf(String orderReference);

    /**
     * One product line as the order was priced when it was received.
     *
     * @param name     the product's name in the catalogue (null when the catalogue no longer knows the SKU)
     * @param unitPv   the PV of one unit when the order was received
     * @param linePv   unit PV × quantity: the line's part of the order's PV
     * @param plan     the bonus plan the line paid by
     */
    record Line(String sku, String name, int quantity, BigDecimal unitPv, BigDecimal linePv, String plan) {}
}
