package com.aeghash.product.internal;

import com.aeghash.product.Product;
import com.aeghash.product.ProductStatus;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code products} table. */
interface ProductRepository {

    /** Stores a new product at version 1; false (nothing written) when its SKU exists. */
    boolean insert(Product product);

    Optional<Product> find(String sku);

    Map<String, Product> findAll(Collection<String> skus);

    /**
     * Writes the product's changeable fields as {@code changed.version()} if the stored version is still
     * {@code changed.version() - 1}; false when another update came first.
     */
    boolean update(Product changed);

    /** SKUs after {@code afterSku} (null: from the first) in SKU order, at most {@code limit}, optionally of a status. */
    List<Product> page(ProductStatus status, String afterSku, int limit);
}
