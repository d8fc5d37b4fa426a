package com.aeghash.product;

import java.util.List;

/** What the operators' console does with the catalogue ({@link ProductCatalogue#MANAGERS} only; audited). */
public interface ProductManagement {

    /** The products in SKU order after {@code afterSku} (null: from the first), at most {@code limit} (1-200). */
    List<Product> after(String afterSku, int limit);

    /**
     * Activates or deactivates the product as of {@code version}: 409 {@code version_conflict} when it changed
     * since, 404 for an unknown SKU.
     */
    Product changeStatus(String sku, long version, ProductStatus status, String actor);
}
