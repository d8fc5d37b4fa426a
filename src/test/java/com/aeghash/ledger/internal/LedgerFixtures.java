package com.aeghash.ledger.internal;

import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.SystemAccount;
import java.math.BigDecimal;

/** Small builders for ledger tests. */
final class LedgerFixtures {

    private LedgerFixtures() {}

    static AccountRef available(String member, Asset asset) {
        return AccountRef.member(member, asset, Bucket.AVAILABLE);
    }

    static AccountRef hold(String member, Asset asset) {
        return AccountRef.member(member, asset, Bucket.WITHDRAWAL_HOLD);
    }

    /** Credits the member's available balance from the manual adjustment account. */
    static EntryRequest credit(String reference, String member, Asset asset, String amount) {
        return EntryRequest.builder(reference, "test credit")
                .move(
                        AccountRef.system(SystemAccount.MANUAL_ADJUSTMENT, asset),
                        available(member, asset),
                        new BigDecimal(amount))
                .build();
    }

    /** Moves an amount from one member's available balance to another's. */
    static EntryRequest transfer(String reference, String from, String to, Asset asset, String amount) {
        return EntryRequest.builder(reference, "test transfer")
                .move(available(from, asset), available(to, asset), new BigDecimal(amount))
                .build();
    }
}
