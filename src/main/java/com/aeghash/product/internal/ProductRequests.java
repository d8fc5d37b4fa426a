package com.aeghash.product.internal;

import com.aeghash.bonus.BonusPlans;
import com.aeghash.common.Amounts;
import com.aeghash.product.Product;
import com.aeghash.product.ProductStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The bodies of the catalogue's API, checked by Bean Validation (a 400 naming the field). */
final class ProductRequests {

    static final String CURRENCY_PATTERN = "[A-Z]{3}";

    private ProductRequests() {}

    /** {@code POST /api/v1/products}; {@code bonusPlan} absent means the default plan, {@code status} ACTIVE. */
    record NewProduct(
            @NotNull
            @Pattern(regexp = Product.SKU_PATTERN, message = "must be 1-64 of A-Z 0-9 . _ - (starting A-Z 0-9)")
            String sku,

            @NotBlank @Size(max = 200) String name,
            @NotNull @Valid PriceBody price,

            @NotNull @Positive @Digits(integer = Amounts.INTEGER_DIGITS_MAX, fraction = Amounts.MEMBER_SCALE)
            BigDecimal pvAmount,

            ProductStatus status,

            @Pattern(regexp = BonusPlans.NAME_PATTERN, message = "must be a configured plan name")
            String bonusPlan) {}

    /** {@code PATCH /api/v1/products/{sku}}: the version read, and the fields to change (absent: unchanged). */
    record ProductUpdate(
            @NotNull @Positive Long version,

            @Size(min = 1, max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
            String name,

            @Valid PriceBody price,

            @Positive @Digits(integer = Amounts.INTEGER_DIGITS_MAX, fraction = Amounts.MEMBER_SCALE)
            BigDecimal pvAmount,

            ProductStatus status,

            @Pattern(regexp = BonusPlans.NAME_PATTERN, message = "must be a configured plan name")
            String bonusPlan) {

        boolean changesNothing() {
            return name == null && price == null && pvAmount == null && status == null && bonusPlan == null;
        }
    }

    record PriceBody(
            @NotNull @DecimalMin("0") @Digits(integer = Amounts.INTEGER_DIGITS_MAX, fraction = Amounts.STORAGE_SCALE)
            BigDecimal amount,

            @NotNull @Pattern(regexp = CURRENCY_PATTERN, message = "must be an ISO 4217 code such as USD")
            String currency) {

        Product.Price toPrice() {
            return new Product.Price(amount, currency);
        }
    }
}
