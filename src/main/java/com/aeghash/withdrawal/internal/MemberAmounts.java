package com.aeghash.withdrawal.internal;

import com.aeghash.common.Amounts;
import com.aeghash.common.ApiException;
import java.math.BigDecimal;

/** Amounts that move a member's balance have at most 8 decimals, the scale members hold. */
final class MemberAmounts {

    private MemberAmounts() {
    }

    /** The amount, or a 400 naming the field when it has more than 8 decimals. */
    static BigDecimal requireMemberScale(BigDecimal amount, String field) {
        if (Math.max(amount.stripTrailingZeros().scale(), 0) > Amounts.MEMBER_SCALE) {
            throw ApiException.validation(field, "must have at most " + Amounts.MEMBER_SCALE + " decimals");
        }
        return amount;
    }
}
