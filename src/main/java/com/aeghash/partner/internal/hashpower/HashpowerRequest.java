package com.aeghash.partner.internal.hashpower;

import com.aeghash.common.MemberIds;
import com.aeghash.common.PositiveAmount;
import com.aeghash.partner.internal.PartnerShapes;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/**
 * {@code POST /api/aegmall/v1/hashpower}: credit {@code amount} (MH/s, at most 8 decimals) of hash power to a
 * member. {@code reference} is the partner's own id of the credit: the same reference is credited once.
 */
public record HashpowerRequest(
        @NotNull @Pattern(regexp = MemberIds.PATTERN, message = PartnerShapes.IDENTIFIER_MESSAGE)
        String memberId,

        @PositiveAmount BigDecimal amount,

        @Pattern(regexp = PartnerShapes.IDENTIFIER, message = PartnerShapes.IDENTIFIER_MESSAGE)
        String app,

        @NotNull @Pattern(regexp = PartnerShapes.REFERENCE, message = PartnerShapes.REFERENCE_MESSAGE)
        String reference) {}
