package com.aeghash.partner.internal.orders;

import com.aeghash.common.Amounts;
import com.aeghash.common.MemberIds;
import com.aeghash.common.PositiveAmount;
import com.aeghash.partner.internal.PartnerShapes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/aegmall/v1/orders}: a paid order of a member. Amounts are decimal strings (or numbers);
 * {@code metadata} is any JSON object the partner wants kept with the order (at most 4000 characters). The PV is
 * {@code pvAmount}, or the sum of the product {@code lines} (1-100, one per SKU); sent with lines, {@code pvAmount}
 * must equal that sum ({@link OrderLines}).
 */
public record OrderRequest(
        @NotNull @Pattern(regexp = PartnerShapes.IDENTIFIER, message = PartnerShapes.IDENTIFIER_MESSAGE)
        String orderId,

        @NotNull @Pattern(regexp = MemberIds.PATTERN, message = PartnerShapes.IDENTIFIER_MESSAGE)
        String memberId,

        @PositiveAmount BigDecimal totalAmount,

        @Positive(message = PV_MESSAGE)
        @Digits(integer = Amounts.INTEGER_DIGITS_MAX, fraction = Amounts.STORAGE_SCALE, message = PV_MESSAGE)
        BigDecimal pvAmount,

        @NotNull @Pattern(regexp = PartnerShapes.CHANNEL, message = PartnerShapes.CHANNEL_MESSAGE)
        String channel,

        JsonNode metadata,

        @Size(min = 1, max = OrderLines.LINES_MAX) List<@NotNull @Valid OrderLine> lines) {

    static final String PV_MESSAGE = "must be a positive decimal with at most 18 decimals";
}
