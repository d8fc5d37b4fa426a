package com.aeghash.risk;

import com.aeghash.ledger.Asset;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * What members have withdrawn, for the velocity rule. Implemented by the withdrawal module, so the risk
 * module does not depend on it.
 */
public interface WithdrawnAmounts {

    /**
     * The sum of the member's withdrawals of the asset requested at or after {@code since} that were not
     * rejected, cancelled or failed. It includes the withdrawal being assessed, which the caller records
     * before asking for the assessment.
     */
    BigDecimal requestedSince(String memberId, Asset asset, Instant since);
}
