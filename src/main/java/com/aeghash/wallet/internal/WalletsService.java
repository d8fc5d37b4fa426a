package com.aeghash.wallet.internal;

import com.aeghash.common.ApiException;
import com.aeghash.common.MemberIds;
import com.aeghash.common.RegisteredMembers;
import com.aeghash.wallet.TransferCommand;
import com.aeghash.wallet.TransitCommand;
import com.aeghash.wallet.Wallet;
import com.aeghash.wallet.WalletBalance;
import com.aeghash.wallet.WalletCreation;
import com.aeghash.wallet.WalletTransaction;
import com.aeghash.wallet.Wallets;
import com.aeghash.wallet.internal.keys.WalletKeyRotation;
import com.aeghash.wallet.internal.mblock.MBlockClient;
import com.aeghash.wallet.internal.mblock.MBlockException;
import com.aeghash.wallet.internal.mblock.VendorProblems;
import com.aeghash.wallet.internal.transactions.TransactionRecord;
import com.aeghash.wallet.internal.transactions.TransferProcessor;
import com.aeghash.wallet.internal.transactions.WalletTransactionRepository;
import com.aeghash.wallet.internal.transit.TransitProcessor;
import com.aeghash.wallet.internal.wallets.WalletCreator;
import com.aeghash.wallet.internal.wallets.WalletRecord;
import com.aeghash.wallet.internal.wallets.WalletSigners;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The wallet module's API, delegating each use case to the class that owns its phases. No method opens a
 * transaction around a vendor call (see {@link com.aeghash.common.UnitOfWork}).
 */
@Service
class WalletsService implements Wallets {

    private final WalletCreator creator;
    private final WalletKeyRotation keyRotation;
    private final WalletSigners signers;
    private final TransferProcessor transfers;
    private final TransitProcessor transits;
    private final WalletTransactionRepository transactions;
    private final MBlockClient client;
    private final WalletProperties properties;
    private final Clock clock;
    private final RegisteredMembers members;

    WalletsService(
            WalletCreator creator,
            WalletKeyRotation keyRotation,
            WalletSigners signers,
            TransferProcessor transfers,
            TransitProcessor transits,
            WalletTransactionRepository transactions,
            MBlockClient client,
            WalletProperties properties,
            Clock clock,
            RegisteredMembers members) {
        this.members = members;
        this.creator = creator;
        this.keyRotation = keyRotation;
        this.signers = signers;
        this.transfers = transfers;
        this.transits = transits;
        this.transactions = transactions;
        this.client = client;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public WalletCreation createWallet(String memberId) {
        MemberIds.require(memberId, "memberId");
        return creator.create(members.requireRegistered(memberId, "memberId"));
    }

    @Override
    public Wallet wallet(String memberId) {
        MemberIds.require(memberId, "memberId");
        return signers.knownWallet(memberId).toWallet();
    }

    @Override
    public WalletBalance balance(String memberId, String contract) {
        MemberIds.require(memberId, "memberId");
        String token = WalletInputs.optionalContract(contract, "contract");
        WalletRecord wallet = signers.knownWallet(memberId);
        BigDecimal amount;
        try {
            amount = client.balanceOf(wallet.address(), token);
        } catch (MBlockException failure) {
            throw VendorProblems.of(failure);
        }
        return new WalletBalance(memberId, wallet.address(), token, amount, clock.instant());
    }

    @Override
    public Wallet refreshWalletKey(String memberId, String actor) {
        MemberIds.require(memberId, "memberId");
        return keyRotation.refresh(memberId, actor, signers.activeWallet(memberId));
    }

    @Override
    public WalletTransaction transferFrom(TransferCommand command) {
        return transfers.transfer(command);
    }

    @Override
    public WalletTransaction fenceUnsentTransfer(TransferCommand command, String reason) {
        return transfers.fence(command, reason);
    }

    @Override
    public WalletTransaction transit(TransitCommand command) {
        MemberIds.require(command.memberId(), "memberId");
        return transits.transit(command);
    }

    @Override
    public List<WalletTransaction> transactions(String memberId, int limit) {
        return transactionsBefore(memberId, Long.MAX_VALUE, Math.min(limit, properties.listLimitMax()));
    }

    @Override
    public List<WalletTransaction> transactionsBefore(String memberId, long beforeId, int limit) {
        MemberIds.require(memberId, "memberId");
        int bounded = Math.max(1, Math.min(limit, properties.listLimitMax() + 1));
        return transactions.findByMemberBefore(memberId, beforeId, bounded).stream()
                .map(TransactionRecord::toView)
                .toList();
    }

    @Override
    public WalletTransaction transaction(long transactionId) {
        return transactions
                .find(transactionId)
                .map(TransactionRecord::toView)
                .orElseThrow(() -> ApiException.notFound("wallet transaction"));
    }

    @Override
    public Optional<WalletTransaction> transactionByReference(String reference) {
        return transactions
                .findByReference(WalletInputs.requireReference(reference))
                .map(TransactionRecord::toView);
    }
}
