package com.aeghash.product;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Read access to the catalogue for other modules (partner orders). Joins the caller's transaction. */
public interface ProductCatalogue {

    /** Who manages the catalogue (the API's {@code /api/v1/products} and the console's page): a Spring Security rule. */
    String MANAGERS = "hasRole('ADMIN')";

    Optional<Product> findBySku(String sku);

    /** The products of those SKUs that exist (active or not), by SKU, in one query. */
    Map<String, Product> findBySkus(Collection<String> skus);
}
