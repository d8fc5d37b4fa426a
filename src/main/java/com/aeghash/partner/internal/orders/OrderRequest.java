package com.aeghash.partner.internal.orders;

import com.aeghash.common.MemberIds;
import com.aeghash.common.PositiveAmount;
import com.aeghash.partner.internal.PartnerShapes;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/aegmall/v1/orders}: a paid order of a member. Amounts are decimal strings (or numbers);
 * {@code metadata} is any JSON object the partner wants kept with the order (at most 4000 characters).
 */
public record OrderRequest(
        @NotNull @Pattern(regexp = PartnerShapes.IDENTIFIER, message = PartnerShapes.IDENTIFIER_MESSAGE)
        String orderId,

        @NotNull @Pattern(regexp = MemberIds.PATTERN, message = PartnerShapes.IDENTIFIER_MESSAGE)
        String memberId,

        @PositiveAmount BigDecimal totalAmount,
        @PositiveAmount BigDecimal pvAmount,

        @NotNull @Pattern(regexp = PartnerShapes.CHANNEL, message = PartnerShapes.CHANNEL_MESSAGE)
        String channel,

        JsonNode metadata) {}
