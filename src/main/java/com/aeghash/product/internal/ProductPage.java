package com.aeghash.product.internal;

import com.aeghash.common.ApiException;
import com.aeghash.common.web.CursorPage;
import com.aeghash.product.Product;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Pages of the catalogue in SKU order, as the API's {@link CursorPage}: {@code next} (opaque: base64url of
 * {@code p1.<last sku>}) reads the page after it, null on the last page. The keyset is the SKU, not an id, so the
 * cursor is made here rather than by {@link CursorPage#read}.
 */
final class ProductPage {

    private static final String VERSION = "p1.";
    private static final String INVALID = "is not a cursor this list answered";

    private ProductPage() {}

    /** {@code rows} read with one more than {@code limit}: that one only says whether a next page exists. */
    static CursorPage<Product> of(List<Product> rows, int limit) {
        if (rows.size() <= limit) {
            return new CursorPage<>(rows, null);
        }
        List<Product> items = rows.subList(0, limit);
        String last = VERSION + items.get(limit - 1).sku();
        return new CursorPage<>(
                items,
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
