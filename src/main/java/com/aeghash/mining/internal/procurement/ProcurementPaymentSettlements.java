package com.aeghash.mining.internal.procurement;

import com.aeghash.mining.Procurement;
import com.aeghash.mining.ProcurementStatus;
import com.aeghash.wallet.WalletTransferSettled;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A treasury payment whose outcome the procurement could not learn may be settled later by the wallet module (its
 * reconciler matched the receipt, or operators decided): that settlement puts the procurement back in the
 * reconciler's queue at once, even after its own look-ups ran out, so that the wallet's record decides it.
 */
@Component
class ProcurementPaymentSettlements {

    private static final Pattern REFERENCE = Pattern.compile("^mining-procurement:(\\d+):payment$");
    private final ProcurementRepository procurements;
    private final Clock clock;

    ProcurementPaymentSettlements(ProcurementRepository procurements, Clock clock) {
        this.procurements = procurements;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(WalletTransferSettled event) {
        Matcher reference = REFERENCE.matcher(event.reference());
        if (!ProcurementVendor.TREASURY_LABEL.equals(event.source()) || !reference.matches()) {
            return;
        }
        Optional<Procurement> unknown = procurements
                .lock(Long.parseLong(reference.group(1)))
                .filter(procurement -> procurement.status() == ProcurementStatus.PAYMENT_UNKNOWN);
        unknown.ifPresent(procurement -> procurements.apply(
                procurement,
                ProcurementChange.to(procurement.status(), ProcurementRecorder.ACTOR, "wallet settled the payment")
                        .with(ProcurementChange.Column.NEEDS_OPERATOR, false)
                        .with(ProcurementChange.Column.NEXT_CHECK_AT, clock.instant()),
                clock.instant()));
    }
}
