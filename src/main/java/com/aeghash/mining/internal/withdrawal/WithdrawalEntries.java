package com.aeghash.mining.internal.withdrawal;

import com.aeghash.common.Amounts;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.HoldEntries;
import com.aeghash.mining.MiningWithdrawalRecord;
import com.aeghash.mining.MiningWithdrawalRequest;

/**
 * The three ledger entries of a mining withdrawal ({@link HoldEntries}), referenced by the caller's payout
 * reference so that every money move is idempotent: {@code :hold}, then exactly one of {@code :clear} or
 * {@code :release}.
 */
final class WithdrawalEntries {

    private WithdrawalEntries() {}

    static EntryRequest hold(MiningWithdrawalRequest request) {
        return HoldEntries.hold(
                request.payoutReference(),
                request.memberId(),
                request.coin(),
                request.amount(),
                "mining withdrawal hold " + Amounts.format(request.amount()) + " " + request.coin());
    }

    static EntryRequest clear(MiningWithdrawalRecord withdrawal) {
        return HoldEntries.clear(
                withdrawal.payoutReference(),
                withdrawal.memberId(),
                withdrawal.coin(),
                withdrawal.amount(),
                "mining withdrawal completed at HashDam " + withdrawal.withdrawId());
    }

    static EntryRequest release(MiningWithdrawalRecord withdrawal) {
        return HoldEntries.release(
                withdrawal.payoutReference(),
                withdrawal.memberId(),
                withdrawal.coin(),
                withdrawal.amount(),
                "mining withdrawal failed");
    }
}
