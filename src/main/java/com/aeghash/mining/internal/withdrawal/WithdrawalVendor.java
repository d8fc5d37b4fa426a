package com.aeghash.mining.internal.withdrawal;

import com.aeghash.mining.MiningWithdrawalRecord;
import com.aeghash.mining.internal.MiningProperties;
import com.aeghash.mining.internal.hashdam.HashDamClient;
import com.aeghash.mining.internal.hashdam.HashDamException;
import com.aeghash.mining.internal.hashdam.HashDamNotExecutedException;
import com.aeghash.mining.internal.hashdam.HashDamOutcomeUnknownException;
import com.aeghash.mining.internal.hashdam.HashDamPage;
import com.aeghash.mining.internal.hashdam.HistoryQuery;
import com.aeghash.mining.internal.hashdam.WithdrawEntry;
import com.aeghash.mining.internal.hashdam.WithdrawReceipt;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Phase 2 of a mining withdrawal: the HashDam calls, made with no transaction open. A request is repeated
 * (resilience4j {@link Retry}, exponential backoff) only after a refusal that proves it was not executed;
 * after an unknown outcome it is never resent: the vendor history is searched for it instead.
 */
final class WithdrawalVendor {

    static final int HISTORY_PAGE_LIMIT = 100;

    private final HashDamClient hashDam;
    private final MiningWithdrawalRepository withdrawals;
    private final MiningProperties.Withdrawals limits;
    private final Clock clock;
    private final RetryConfig retryConfig;

    WithdrawalVendor(
            HashDamClient hashDam,
            MiningWithdrawalRepository withdrawals,
            MiningProperties.Withdrawals limits,
            Clock clock) {
        this.hashDam = hashDam;
        this.withdrawals = withdrawals;
        this.limits = limits;
        this.clock = clock;
        this.retryConfig = RetryConfig.custom()
                .maxAttempts(limits.attemptsMax())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(limits.firstRetryDelay(), 2.0))
                .retryOnException(failure -> failure instanceof HashDamNotExecutedException)
                .build();
    }

    /** Sends the request; after an unknown outcome, searches the history once before giving up for now. */
    WithdrawalFinding submit(MiningWithdrawalRecord withdrawal) {
        AtomicInteger attempts = new AtomicInteger();
        Retry retry = Retry.of("hashdam-asset-withdraw-" + withdrawal.payoutReference(), retryConfig);
        try {
            WithdrawReceipt receipt = retry.executeSupplier(() -> {
                attempts.incrementAndGet();
                return hashDam.assetWithdrawRequest(withdrawal.coin().name(), withdrawal.amount());
            });
            return new WithdrawalFinding.Accepted(receipt.withdrawId(), attempts.get());
        } catch (HashDamNotExecutedException refused) {
            return new WithdrawalFinding.Refused(refused.getMessage(), attempts.get());
        } catch (HashDamOutcomeUnknownException lost) {
            return searchAfterLoss(withdrawal, lost.getMessage(), attempts.get());
        }
    }

    /** Looks for the withdrawal in the history (coin, amount, time window, not adopted by another row). */
    WithdrawalFinding searchAfterLoss(MiningWithdrawalRecord withdrawal, String reason, int attempts) {
        try {
            return search(withdrawal)
                    .<WithdrawalFinding>map(entry -> new WithdrawalFinding.Found(entry, attempts))
                    .orElseGet(() ->
                            new WithdrawalFinding.Undecided(reason + "; no match in the history yet", attempts, true));
        } catch (HashDamException historyFailed) {
            return new WithdrawalFinding.Undecided(
                    reason + "; history unavailable: " + historyFailed.getMessage(), attempts, false);
        }
    }

    /** The status of a known vendor withdrawal, empty when the history does not show it. */
    Optional<WithdrawEntry> lookUp(MiningWithdrawalRecord withdrawal) {
        return lookUp(withdrawal, withdrawal.withdrawId());
    }

    /** The vendor withdrawal {@code withdrawId} of the withdrawal's coin, empty when the history does not show it. */
    Optional<WithdrawEntry> lookUp(MiningWithdrawalRecord withdrawal, String withdrawId) {
        HashDamPage<WithdrawEntry> page = hashDam.assetWithdrawHistory(
                new HistoryQuery(1, 10, null, null, true), withdrawal.coin().name(), withdrawId);
        return page.items().stream()
                .filter(entry -> entry.withdrawId().equals(withdrawId))
                .findFirst();
    }

    /** The withdrawal {@code entry} could be: same coin and amount (HashDam's history shows no address). */
    static boolean sameWithdrawal(WithdrawEntry entry, MiningWithdrawalRecord withdrawal) {
        return entry.coin().equals(withdrawal.coin().name()) && entry.amount().compareTo(withdrawal.amount()) == 0;
    }

    private Optional<WithdrawEntry> search(MiningWithdrawalRecord withdrawal) {
        Instant from = withdrawal.requestedAt().minus(limits.matchWindow());
        Instant to = clock.instant().plus(limits.matchWindow());
        HistoryQuery query = HistoryQuery.between(utcDate(from), utcDate(to), HISTORY_PAGE_LIMIT);
        List<WithdrawEntry> candidates = new ArrayList<>();
        for (int page = 1; page <= limits.historyPagesMax(); page++) {
            HashDamPage<WithdrawEntry> found =
                    hashDam.assetWithdrawHistory(query, withdrawal.coin().name(), null);
            found.items().stream()
                    .filter(entry -> matches(entry, withdrawal, from, to))
                    .forEach(candidates::add);
            boolean olderThanWindow =
                    found.items().stream().anyMatch(entry -> entry.createdAt().isBefore(from));
            if (!found.pagination().hasNext() || olderThanWindow) {
                break;
            }
            query = query.nextPage();
        }
        Set<String> taken = withdrawals.withdrawIdsTaken(
                candidates.stream().map(WithdrawEntry::withdrawId).toList());
        return candidates.stream()
                .filter(entry -> !taken.contains(entry.withdrawId()))
                .min(Comparator.comparing(WithdrawEntry::createdAt));
    }

    private static boolean matches(WithdrawEntry entry, MiningWithdrawalRecord withdrawal, Instant from, Instant to) {
        return entry.coin().equals(withdrawal.coin().name())
                && entry.amount().compareTo(withdrawal.amount()) == 0
                && !entry.createdAt().isBefore(from)
                && !entry.createdAt().isAfter(to);
    }

    private static LocalDate utcDate(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
