package com.aeghash.mining.internal.procurement;

import com.aeghash.common.Secret;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Procurement of hash power at HashDam and the backing check ({@code aeghash.mining.procurement.*}).
 *
 * @param treasuryWalletKey     the treasury wallet key paying HashDam's deposit addresses
 *                              ({@code MINING_PROCUREMENT_TREASURY_WALLET_KEY}); unset: procurements stop before paying
 * @param treasuryAddress       the treasury wallet's address, when known (lets the wallet reconciler check senders)
 * @param paymentTokenContract  the token HashDam is paid in (USDT on BNB chain; {@code MINING_PROCUREMENT_PAYMENT_TOKEN_CONTRACT})
 * @param creditAmountMax       the largest credit amount one procurement may ask for
 * @param paymentCoin           the coin HashDam must ask to be paid in (the token of {@code paymentTokenContract})
 * @param maxPrice              the most the treasury pays per unit of credit: a charge asking more than
 *                              {@code creditAmount x maxPrice}, in another coin, or an amount the chain cannot carry
 *                              exactly (more than 8 decimals) is not paid; the procurement fails with an alert
 * @param intentStaleAfter      a vendor call whose outcome is not recorded after this is treated as unknown
 * @param unknownCheckSchedule  delays of the history look-ups of an unknown outcome; after the last the procurement
 *                              waits for an operator and an alert is raised
 * @param followUpInterval      how often a pending charge or swap is looked up in HashDam's history
 * @param pendingAlertAfter     a charge or swap still pending at HashDam this long after its call raises one critical
 *                              alert (it keeps being looked up)
 * @param matchWindow           how far around the call a history row may have been created to be the call's
 * @param backingMarginPercent  members may exceed the project's power by this much (% of it) before an alert
 * @param backingAlertInterval  at most one backing alert per interval while the shortfall lasts
 * @param backingTrendDays      how many daily backing figures the report shows
 * @param distinctRolesRequired the maker and the checker of a procurement or a decision must be one OPERATIONS and one
 *                              FINANCE operator (application.yml binds it to {@code aeghash.withdrawal.distinct-roles-required})
 */
@ConfigurationProperties("aeghash.mining.procurement")
public record ProcurementProperties(
        Secret treasuryWalletKey,
        String treasuryAddress,
        String paymentTokenContract,
        @DefaultValue("1000000") BigDecimal creditAmountMax,
        @DefaultValue("USDT") String paymentCoin,
        @DefaultValue("1") BigDecimal maxPrice,
        @DefaultValue("5m") Duration intentStaleAfter,
        @DefaultValue({"1m", "5m", "15m", "1h", "6h"}) List<Duration> unknownCheckSchedule,
        @DefaultValue("1m") Duration followUpInterval,
        @DefaultValue("24h") Duration pendingAlertAfter,
        @DefaultValue("30m") Duration matchWindow,
        @DefaultValue("0") BigDecimal backingMarginPercent,
        @DefaultValue("6h") Duration backingAlertInterval,
        @DefaultValue("30") int backingTrendDays,
        @DefaultValue("false") boolean distinctRolesRequired) {

    public ProcurementProperties {
        treasuryAddress = blankToNull(treasuryAddress);
        paymentTokenContract = blankToNull(paymentTokenContract);
        unknownCheckSchedule = List.copyOf(unknownCheckSchedule);
        if (creditAmountMax.signum() <= 0
                || maxPrice.signum() <= 0
                || backingMarginPercent.signum() < 0
                || backingTrendDays < 1) {
            throw new IllegalArgumentException(
                    "aeghash.mining.procurement: credit-amount-max and max-price must be positive, "
                            + "backing-margin-percent not negative, backing-trend-days at least 1");
        }
    }

    /** The delay before look-up {@code checksDone + 1}, or null when the schedule is exhausted. */
    Duration delayAfter(int checksDone) {
        return checksDone < unknownCheckSchedule.size() ? unknownCheckSchedule.get(checksDone) : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
