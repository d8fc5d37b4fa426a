package com.aeghash.mining.internal.withdrawal;

import com.aeghash.common.Amounts;
import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.SystemAccount;
import com.aeghash.mining.MiningWithdrawalRecord;
import com.aeghash.mining.MiningWithdrawalRequest;

/**
 * The three ledger entries of a mining withdrawal, referenced by the caller's payout reference so that every
 * money move is idempotent: {@code :hold}, then exactly one of {@code :clear} or {@code :release}.
 */
final class WithdrawalEntries {

    private WithdrawalEntries() {
    }

    static EntryRequest hold(MiningWithdrawalRequest request) {
        return EntryRequest.builder(request.payoutReference() + ":hold",
                        "mining withdrawal hold " + Amounts.format(request.amount()) + " " + request.coin())
                .move(available(request.memberId(), request), held(request.memberId(), request), request.amount())
                .build();
    }

    static EntryRequest clear(MiningWithdrawalRecord withdrawal) {
        return EntryRequest.builder(withdrawal.payoutReference() + ":clear",
                        "mining withdrawal completed at HashDam " + withdrawal.withdrawId())
                .move(AccountRef.member(withdrawal.memberId(), withdrawal.coin(), Bucket.WITHDRAWAL_HOLD),
                        AccountRef.system(SystemAccount.PAYOUT_CLEARING, withdrawal.coin()), withdrawal.amount())
                .build();
    }

    static EntryRequest release(MiningWithdrawalRecord withdrawal) {
        return EntryRequest.builder(withdrawal.payoutReference() + ":release", "mining withdrawal failed")
                .move(AccountRef.member(withdrawal.memberId(), withdrawal.coin(), Bucket.WITHDRAWAL_HOLD),
                        AccountRef.member(withdrawal.memberId(), withdrawal.coin(), Bucket.AVAILABLE),
                        withdrawal.amount())
                .build();
    }

    private static AccountRef available(String memberId, MiningWithdrawalRequest request) {
        return AccountRef.member(memberId, request.coin(), Bucket.AVAILABLE);
    }

    private static AccountRef held(String memberId, MiningWithdrawalRequest request) {
        return AccountRef.member(memberId, request.coin(), Bucket.WITHDRAWAL_HOLD);
    }
}
