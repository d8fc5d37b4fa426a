package com.aeghash.product.internal;

import com.aeghash.common.ApiException;
import com.aeghash.product.Product;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * A page of the catalogue in SKU order; {@code nextCursor} (opaque: base64url of {@code p1.<last sku>}) reads the
 * page after it, null on the last page.
 */
record ProductPage(List<Product> items, String nextCursor) {

    private static final String VERSION = "p1.";
    private static final String INVALID = "must be the nextCursor of an earlier page";

    /** {@code rows} read with one more than {@code limit}: that one only says whether a next page exists. */
    static ProductPage of(List<Product> rows, int limit) {
        if (rows.size() <= limit) {
            return new ProductPage(rows, null);
        }
        List<Product> items = rows.subList(0, limit);
        String last = VERSION + items.get(limit - 1).sku();
        return new ProductPage(
                List.copyOf(items),
                Base64.getUrlEncoder().withoutPadding().encodeToString(last.getBytes(StandardCharsets.US_ASCII)));
    }

    static String skuOf(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (text.startsWith(VERSION) && text.substring(VERSION.length()).matches(Product.SKU_PATTERN)) {
                return text.substring(VERSION.length());
            }
        } catch (IllegalArgumentException malformed) {
            // reported below
        }
        throw ApiException.validation("cursor", INVALID);
    }
}
