package com.aeghash.product.internal;

import com.aeghash.common.Amounts;
import com.aeghash.product.Product;
import com.aeghash.product.internal.ProductRequests.ProductUpdate;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** An update applied to a product, and what it changed (the audit entry's details, {@code old -> new}). */
final class ProductChanges {

    private ProductChanges() {}

    /** The product with the update's fields, at the next version. */
    static Product apply(Product current, ProductUpdate update, String actor, Instant now) {
        return new Product(
                current.sku(),
                update.name() == null ? current.name() : update.name().trim(),
                update.price() == null ? current.price() : update.price().toPrice(),
                update.pvAmount() == null ? current.pvAmount() : update.pvAmount(),
                update.status() == null ? current.status() : update.status(),
                update.bonusPlan() == null ? current.bonusPlan() : update.bonusPlan(),
                current.version() + 1,
                current.createdBy(),
                current.createdAt(),
                actor,
                now);
    }

    /** Each changed field as {@code old -> new}; empty when nothing changed (amounts compared by value). */
    static Map<String, String> differences(Product before, Product after) {
        Map<String, String> changes = new LinkedHashMap<>();
        compare(changes, "name", before.name(), after.name());
        compare(changes, "price", price(before), price(after));
        compare(changes, "pvAmount", Amounts.format(before.pvAmount()), Amounts.format(after.pvAmount()));
        compare(changes, "status", before.status().name(), after.status().name());
        compare(changes, "bonusPlan", before.bonusPlan(), after.bonusPlan());
        return changes;
    }

    static String price(Product product) {
        return Amounts.format(product.price().amount()) + " " + product.price().currency();
    }

    private static void compare(Map<String, String> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.put(field, before + " -> " + after);
        }
    }
}
