package com.aeghash.mining.internal.procurement;

import com.aeghash.common.Amounts;
import com.aeghash.mining.Procurement;
import com.aeghash.mining.internal.hashdam.HashCreditCharge;
import com.aeghash.mining.internal.hashdam.HashCreditChargeEntry;
import com.aeghash.mining.internal.hashdam.HashDamClient;
import com.aeghash.mining.internal.hashdam.HashDamNotExecutedException;
import com.aeghash.mining.internal.hashdam.HashDamOutcomeUnknownException;
import com.aeghash.mining.internal.hashdam.HashDamPage;
import com.aeghash.mining.internal.hashdam.HashPowerSwap;
import com.aeghash.mining.internal.hashdam.HashPowerSwapEntry;
import com.aeghash.mining.internal.hashdam.HistoryQuery;
import com.aeghash.wallet.TransferCommand;
import com.aeghash.wallet.WalletKeySource;
import com.aeghash.wallet.WalletTransaction;
import com.aeghash.wallet.Wallets;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The vendor calls of a procurement, made with no transaction open. A call's verdict comes from the vendor's one
 * converter (HashDam's answer converter behind {@link HashDamClient}'s typed exceptions; {@link
 * TreasuryPaymentConverter} for the payment). Reads of the histories throw {@link
 * com.aeghash.mining.internal.hashdam.HashDamException} when HashDam cannot answer.
 */
final class ProcurementVendor {

    static final String PAYMENT_ACTOR = "mining-procurement";
    static final String TREASURY_LABEL = "mining-procurement-treasury";
    private static final int HISTORY_PAGE_LIMIT = 100;
    private static final int HISTORY_PAGES_MAX = 10;

    private final HashDamClient hashDam;
    private final Wallets wallets;
    private final ProcurementProperties properties;
    private final ProcurementRepository procurements;

    ProcurementVendor(
            HashDamClient hashDam,
            Wallets wallets,
            ProcurementProperties properties,
            ProcurementRepository procurements) {
        this.hashDam = hashDam;
        this.wallets = wallets;
        this.properties = properties;
        this.procurements = procurements;
    }

    Called<HashCreditCharge> charge(Procurement procurement) {
        return hashDamCall(() -> hashDam.hashCreditCharge(procurement.creditAmount(), properties.treasuryAddress()));
    }

    Called<HashPowerSwap> swap(Procurement procurement) {
        return hashDamCall(() -> hashDam.hashPowerSwap(procurement.credit()));
    }

    Called<WalletTransaction> pay(Procurement procurement) {
        if (properties.treasuryWalletKey() == null || properties.paymentTokenContract() == null) {
            return Called.failedDefinite("the treasury wallet key or the payment token contract is not configured");
        }
        return TreasuryPaymentConverter.of(wallets.transferFrom(paymentOf(procurement)));
    }

    /**
     * The payment as the wallet module recorded it; never sends. Without a record, closes the reference so that a
     * stalled call can never send it later, and answers that definite failure.
     */
    Called<WalletTransaction> paymentNow(Procurement procurement) {
        Optional<WalletTransaction> recorded = wallets.transactionByReference(paymentReference(procurement));
        if (recorded.isPresent()) {
            return TreasuryPaymentConverter.of(recorded.get());
        }
        if (properties.treasuryWalletKey() == null || properties.paymentTokenContract() == null) {
            return Called.failedDefinite("no payment was recorded and the treasury is not configured");
        }
        return TreasuryPaymentConverter.of(
                wallets.fenceUnsentTransfer(paymentOf(procurement), "the procurement stopped before paying"));
    }

    Optional<HashCreditChargeEntry> chargeEntry(String chargeId) {
        HashDamPage<HashCreditChargeEntry> page =
                hashDam.hashCreditChargeHistory(new HistoryQuery(1, 10, null, null, true), chargeId);
        return page.items().stream()
                .filter(entry -> entry.chargeId().equals(chargeId))
                .findFirst();
    }

    Optional<HashPowerSwapEntry> swapEntry(String swapId) {
        HashDamPage<HashPowerSwapEntry> page =
                hashDam.hashPowerSwapHistory(new HistoryQuery(1, 10, null, null, true), swapId);
        return page.items().stream()
                .filter(entry -> entry.swapId().equals(swapId))
                .findFirst();
    }

    /** The charge a lost answer may have created: same amount, created around the call, adopted by no procurement. */
    Optional<HashCreditChargeEntry> searchCharge(Procurement procurement, Instant callStartedAt, Instant now) {
        return search(
                query -> hashDam.hashCreditChargeHistory(query, null),
                entry -> sameAmount(entry.amount(), procurement.creditAmount())
                        && within(entry.createdAt(), callStartedAt, now)
                        && !procurements.chargeIdTaken(entry.chargeId()),
                HashCreditChargeEntry::createdAt,
                callStartedAt,
                now);
    }

    /** The swap a lost answer may have created: same credit amount, created around the call, not adopted. */
    Optional<HashPowerSwapEntry> searchSwap(Procurement procurement, Instant callStartedAt, Instant now) {
        return search(
                query -> hashDam.hashPowerSwapHistory(query, null),
                entry -> sameAmount(entry.amount(), procurement.credit())
                        && within(entry.createdAt(), callStartedAt, now)
                        && !procurements.swapIdTaken(entry.swapId()),
                HashPowerSwapEntry::createdAt,
                callStartedAt,
                now);
    }

    private <T> Optional<T> search(
            Function<HistoryQuery, HashDamPage<T>> history,
            Predicate<T> matches,
            Function<T, Instant> createdAt,
            Instant callStartedAt,
            Instant now) {
        Instant from = callStartedAt.minus(properties.matchWindow());
        HistoryQuery query =
                HistoryQuery.between(utcDate(from), utcDate(now.plus(properties.matchWindow())), HISTORY_PAGE_LIMIT);
        List<T> candidates = new ArrayList<>();
        for (int page = 1; page <= HISTORY_PAGES_MAX; page++) {
            HashDamPage<T> found = history.apply(query);
            found.items().stream().filter(matches).forEach(candidates::add);
            if (!found.pagination().hasNext()) {
                break;
            }
            query = query.nextPage();
        }
        return candidates.stream().min(Comparator.comparing(createdAt));
    }

    private boolean within(Instant createdAt, Instant callStartedAt, Instant now) {
        return createdAt != null
                && !createdAt.isBefore(callStartedAt.minus(properties.matchWindow()))
                && !createdAt.isAfter(now.plus(properties.matchWindow()));
    }

    private static boolean sameAmount(BigDecimal shown, BigDecimal ours) {
        return shown != null && ours != null && shown.compareTo(ours) == 0;
    }

    private TransferCommand paymentOf(Procurement procurement) {
        return new TransferCommand(
                paymentReference(procurement),
                new WalletKeySource.ProvidedKey(
                        TREASURY_LABEL, properties.treasuryWalletKey(), properties.treasuryAddress()),
                procurement.depositAddress(),
                Amounts.floor8(procurement.paymentAmount()),
                properties.paymentTokenContract(),
                PAYMENT_ACTOR);
    }

    static String paymentReference(Procurement procurement) {
        return "mining-procurement:" + procurement.id() + ":payment";
    }

    private static <T> Called<T> hashDamCall(Supplier<T> call) {
        try {
            return Called.succeeded(call.get());
        } catch (HashDamNotExecutedException refused) {
            return Called.failedDefinite(refused.getMessage());
        } catch (HashDamOutcomeUnknownException lost) {
            return Called.unknown(lost.getMessage());
        }
    }

    private static LocalDate utcDate(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
