package com.aeghash.wallet.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits and schedules of the wallet module ({@code aeghash.wallet.*}), checked at start-up.
 *
 * @param janitorSchedule       delays between the reconciler's checks of an unknown transaction; when they are
 *                              used up, an operator decides ({@code 5m,1h,1d})
 * @param janitorInterval       how often the reconciler runs
 * @param janitorBatchMax       rows the reconciler handles per step and run
 * @param submittingStaleAfter  a row still SUBMITTING this long after its intent was recorded belongs to a
 *                              process that died between phases: it becomes unknown. Longer than the slowest
 *                              send (read timeout × attempts + backoff)
 * @param creationStaleAfter    a wallet creation claim this old may be taken over
 * @param keyRefreshStaleAfter  a key rotation left REFRESHING this long is recovered by the reconciler
 * @param transitDeadline       a transit without callback after this long is looked up and alerted
 * @param sendAttempts          attempts of a vendor call whose failures proved nothing was sent
 * @param retryFirstDelay       first backoff; each next one is {@code retryMultiplier} times longer
 * @param listLimitMax          most rows a list endpoint returns
 * @param keyReencryptionInterval how often wallet keys still encrypted under the previous encryption key are
 *                              re-encrypted under the current one (only while a previous key is configured)
 * @param receiptNotFoundChecks reconciler checks of an unknown transfer's txid that must each have found no receipt
 *                              (and a last lookup when the operator decides) before one operator may declare it
 *                              failed; otherwise that takes a second operator (1-20, default 3: the whole default
 *                              schedule)
 */
@ConfigurationProperties("aeghash.wallet")
public record WalletProperties(
        @DefaultValue({"5m", "1h", "1d"}) List<Duration> janitorSchedule,
        @DefaultValue("1m") Duration janitorInterval,
        @DefaultValue("100") int janitorBatchMax,
        @DefaultValue("5m") Duration submittingStaleAfter,
        @DefaultValue("2m") Duration creationStaleAfter,
        @DefaultValue("5m") Duration keyRefreshStaleAfter,
        @DefaultValue("30m") Duration transitDeadline,
        @DefaultValue("3") int sendAttempts,
        @DefaultValue("500ms") Duration retryFirstDelay,
        @DefaultValue("2.0") double retryMultiplier,
        @DefaultValue("100") int listLimitMax,
        @DefaultValue("1h") Duration keyReencryptionInterval,
        @DefaultValue("3") int receiptNotFoundChecks) {

    public WalletProperties {
        janitorSchedule = List.copyOf(janitorSchedule);
        require(!janitorSchedule.isEmpty() && janitorSchedule.size() <= 20, "janitor-schedule needs 1 to 20 delays");
        janitorSchedule.forEach(delay -> require(positive(delay), "janitor-schedule delays must be positive"));
        require(positive(janitorInterval), "janitor-interval must be positive");
        require(janitorBatchMax >= 1 && janitorBatchMax <= 10_000, "janitor-batch-max must be 1..10000");
        require(positive(submittingStaleAfter), "submitting-stale-after must be positive");
        require(positive(creationStaleAfter), "creation-stale-after must be positive");
        require(positive(keyRefreshStaleAfter), "key-refresh-stale-after must be positive");
        require(positive(transitDeadline), "transit-deadline must be positive");
        require(sendAttempts >= 1 && sendAttempts <= 5, "send-attempts must be 1..5");
        require(!retryFirstDelay.isNegative(), "retry-first-delay must not be negative");
        require(retryMultiplier >= 1.0 && retryMultiplier <= 10.0, "retry-multiplier must be 1..10");
        require(listLimitMax >= 1 && listLimitMax <= 1000, "list-limit-max must be 1..1000");
        require(positive(keyReencryptionInterval), "key-reencryption-interval must be positive");
        require(receiptNotFoundChecks >= 1 && receiptNotFoundChecks <= 20, "receipt-not-found-checks must be 1..20");
    }

    /** Delay before the check following {@code checksDone} checks, or null when the schedule is used up. */
    public Duration delayAfter(int checksDone) {
        return checksDone < janitorSchedule.size() ? janitorSchedule.get(checksDone) : null;
    }

    private static boolean positive(Duration duration) {
        return duration != null && !duration.isZero() && !duration.isNegative();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("aeghash.wallet." + message);
        }
    }
}
