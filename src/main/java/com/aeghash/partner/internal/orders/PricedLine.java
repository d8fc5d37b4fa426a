package com.aeghash.partner.internal.orders;

import com.aeghash.product.Product;
import java.math.BigDecimal;

/** A line with the product it named, as stored with the order: the line's PV is the product's PV × quantity. */
record PricedLine(int lineNo, OrderLine line, Product product) {

    BigDecimal linePv() {
        return product.pvAmount().multiply(BigDecimal.valueOf(line.quantity()));
    }
}
