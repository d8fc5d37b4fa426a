package com.aeghash.partner.internal.orders;

import com.aeghash.product.Product;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/** A product line of a partner order: an active product of the catalogue and how many units (1-10000). */
public record OrderLine(
        @NotNull @Pattern(regexp = Product.SKU_PATTERN, message = "must be a product SKU (A-Z 0-9 . _ -)")
        String sku,

        @NotNull @Positive @Max(OrderLine.QUANTITY_MAX) Integer quantity) {

    public static final int QUANTITY_MAX = 10_000;
}
