package com.aeghash.mining.internal.procurement;

import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.SystemAccount;
import com.aeghash.mining.Procurement;
import java.math.BigDecimal;

/**
 * The ledger entries of a procurement, between system accounts only: the treasury's tokens paid to HashDam
 * ({@code mining-procurement:<id>:payment}, USDT) and the project's hash power received
 * ({@code mining-procurement:<id>:power}, HASHPOWER). Their references make each one post once.
 */
final class ProcurementEntries {

    private static final AccountRef TREASURY = AccountRef.system(SystemAccount.TREASURY, Asset.USDT);
    private static final AccountRef PAID_TO_HASHDAM = AccountRef.system(SystemAccount.HASHDAM_PROCUREMENT, Asset.USDT);
    private static final AccountRef BOUGHT_AT_HASHDAM =
            AccountRef.system(SystemAccount.HASHDAM_PROCUREMENT, Asset.HASHPOWER);
    private static final AccountRef PROJECT_POWER = AccountRef.system(SystemAccount.PROJECT_HASHPOWER, Asset.HASHPOWER);

    private ProcurementEntries() {}

    static EntryRequest payment(Procurement procurement, BigDecimal paid) {
        return EntryRequest.builder(
                        ProcurementVendor.paymentReference(procurement),
                        "treasury paid HashDam charge " + procurement.chargeId())
                .move(TREASURY, PAID_TO_HASHDAM, paid)
                .build();
    }

    static EntryRequest power(Procurement procurement, BigDecimal power) {
        return EntryRequest.builder(
                        "mining-procurement:" + procurement.id() + ":power",
                        "project hash power bought by HashDam swap " + procurement.swapId())
                .move(BOUGHT_AT_HASHDAM, PROJECT_POWER, power)
                .build();
    }
}
