package com.aeghash.withdrawal.internal.payout;

import com.aeghash.common.ApiException;
import com.aeghash.wallet.FailureReason;
import com.aeghash.wallet.TransferCommand;
import com.aeghash.wallet.TransitCommand;
import com.aeghash.wallet.Wallet;
import com.aeghash.wallet.WalletBalance;
import com.aeghash.wallet.WalletCreation;
import com.aeghash.wallet.WalletKeySource;
import com.aeghash.wallet.WalletTransaction;
import com.aeghash.wallet.WalletTransactionKind;
import com.aeghash.wallet.WalletTransactionStatus;
import com.aeghash.wallet.Wallets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The wallet module for the treasury gateway's tests: known member wallets and transfers, scripted answers. */
final class ScriptedWallets implements Wallets {

    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    final Map<String, String> addresses = new HashMap<>();
    final Map<String, WalletTransaction> byReference = new HashMap<>();
    final List<TransferCommand> transfers = new ArrayList<>();
    final List<TransferCommand> fenced = new ArrayList<>();
    Function<TransferCommand, WalletTransaction> onTransfer =
            command -> transaction(command, WalletTransactionStatus.SUBMITTED, "0x" + "ab".repeat(32), null);

    static WalletTransaction transaction(
            TransferCommand command, WalletTransactionStatus status, String txid, FailureReason failure) {
        return new WalletTransaction(
                7,
                command.reference(),
                WalletTransactionKind.TRANSFER,
                status,
                command.source() instanceof WalletKeySource.MemberWallet member ? member.memberId() : null,
                command.source().label(),
                command.actor(),
                null,
                command.to(),
                command.contract(),
                command.amount(),
                txid,
                null,
                null,
                null,
                failure,
                failure == null ? null : "Not enough balance",
                false,
                null,
                null,
                null,
                null,
                NOW,
                NOW);
    }

    @Override
    public WalletTransaction transferFrom(TransferCommand command) {
        transfers.add(command);
        WalletTransaction answer = onTransfer.apply(command);
        byReference.put(command.reference(), answer);
        return answer;
    }

    @Override
    public WalletTransaction fenceUnsentTransfer(TransferCommand command, String reason) {
        fenced.add(command);
        return byReference.computeIfAbsent(
                command.reference(),
                reference -> transaction(command, WalletTransactionStatus.FAILED, null, FailureReason.NEVER_SENT));
    }

    @Override
    public Optional<WalletTransaction> transactionByReference(String reference) {
        return Optional.ofNullable(byReference.get(reference));
    }

    @Override
    public WalletTransaction transaction(long transactionId) {
        return byReference.values().stream()
                .filter(row -> row.id() == transactionId)
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("wallet transaction"));
    }

    @Override
    public Wallet wallet(String memberId) {
        String address = addresses.get(memberId);
        if (address == null) {
            throw ApiException.notFound("wallet");
        }
        return new Wallet(memberId, address, NOW, NOW);
    }

    @Override
    public WalletCreation createWallet(String memberId) {
        throw new UnsupportedOperationException("not used by the gateway");
    }

    @Override
    public WalletBalance balance(String memberId, String contract) {
        throw new UnsupportedOperationException("not used by the gateway");
    }

    @Override
    public Wallet refreshWalletKey(String memberId, String actor) {
        throw new UnsupportedOperationException("not used by the gateway");
    }

    @Override
    public WalletTransaction transit(TransitCommand command) {
        throw new UnsupportedOperationException("not used by the gateway");
    }

    @Override
    public List<WalletTransaction> transactions(String memberId, int limit) {
        throw new UnsupportedOperationException("not used by the gateway");
    }

    @Override
    public List<WalletTransaction> transactionsBefore(String memberId, long beforeId, int limit) {
        throw new UnsupportedOperationException("not used by the gateway");
    }
}
