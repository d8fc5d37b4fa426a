package com.aeghash.mining.internal.procurement;

import com.aeghash.common.ApiException;
import com.aeghash.mining.Procurement;
import com.aeghash.mining.ProcurementStatus;
import com.aeghash.mining.internal.HashDamUnavailable;
import com.aeghash.mining.internal.hashdam.HashCreditChargeEntry;
import com.aeghash.mining.internal.hashdam.HashDamException;
import com.aeghash.mining.internal.hashdam.HashPowerSwapEntry;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks the charge or swap an operator says HashDam executed against HashDam's history, as the reconciler would have
 * adopted it (same amount, adopted by no other procurement, a charge within the price ceiling), and answers its fields
 * for the approval request: the approval then applies them without calling HashDam.
 */
final class ProcurementDecisionFindings {

    static final String NOT_CONFIRMED = "vendor_reference_not_confirmed";

    private final ProcurementVendor vendor;
    private final ChargeCeiling ceiling;
    private final ProcurementRepository procurements;

    ProcurementDecisionFindings(ProcurementVendor vendor, ChargeCeiling ceiling, ProcurementRepository procurements) {
        this.vendor = vendor;
        this.ceiling = ceiling;
        this.procurements = procurements;
    }

    /** {@code chargeId} for a charge left unknown, {@code swapId} for a swap. */
    ObjectNode found(Procurement procurement, String chargeId, String swapId) {
        boolean charge = procurement.status() == ProcurementStatus.CHARGE_UNKNOWN;
        String field = charge ? "chargeId" : "swapId";
        String vendorId = charge ? chargeId : swapId;
        if (vendorId == null || vendorId.isBlank()) {
            throw ApiException.validation(field, "is required for outcome found");
        }
        String id = vendorId.trim();
        return charge ? charge(procurement, id) : swap(procurement, id);
    }

    private ObjectNode charge(Procurement procurement, String chargeId) {
        HashCreditChargeEntry entry = shown(() -> vendor.chargeEntry(chargeId))
                .orElseThrow(() -> notConfirmed("chargeId", "HashDam's charge history shows no charge " + chargeId));
        String problem = !sameAmount(entry.amount(), procurement.creditAmount())
                ? "charge " + chargeId + " is for " + plain(entry.amount()) + ", not this procurement's "
                        + plain(procurement.creditAmount())
                : procurements.chargeIdTaken(chargeId)
                        ? "charge " + chargeId + " already belongs to a procurement"
                        : ceiling.refusal(procurement.creditAmount(), entry.amount(), entry.coin())
                                .map(refusal -> "charge " + chargeId + " would not be paid: " + refusal)
                                .orElse(null);
        if (problem != null) {
            throw notConfirmed("chargeId", problem);
        }
        return JsonNodeFactory.instance
                .objectNode()
                .put("outcome", "found")
                .put("chargeId", chargeId)
                .put("depositAddress", entry.to())
                .put("paymentAmount", entry.amount().toPlainString())
                .put("price", entry.price() == null ? null : entry.price().toPlainString())
                .put("coin", entry.coin());
    }

    private ObjectNode swap(Procurement procurement, String swapId) {
        HashPowerSwapEntry entry = shown(() -> vendor.swapEntry(swapId))
                .orElseThrow(() -> notConfirmed("swapId", "HashDam's swap history shows no swap " + swapId));
        String problem = !sameAmount(entry.amount(), procurement.credit())
                ? "swap " + swapId + " is for " + plain(entry.amount()) + ", not this procurement's credit "
                        + plain(procurement.credit())
                : procurements.swapIdTaken(swapId) ? "swap " + swapId + " already belongs to a procurement" : null;
        if (problem != null) {
            throw notConfirmed("swapId", problem);
        }
        return JsonNodeFactory.instance.objectNode().put("outcome", "found").put("swapId", swapId);
    }

    private static <T> Optional<T> shown(Supplier<Optional<T>> lookUp) {
        try {
            return lookUp.get();
        } catch (HashDamException unavailable) {
            throw HashDamUnavailable.of(unavailable);
        }
    }

    private static ApiException notConfirmed(String field, String problem) {
        return new ApiException(
                HttpStatus.UNPROCESSABLE_CONTENT, NOT_CONFIRMED, field, field + ": " + problem, Map.of());
    }

    private static boolean sameAmount(BigDecimal shown, BigDecimal ours) {
        return shown != null && ours != null && shown.compareTo(ours) == 0;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "none" : value.toPlainString();
    }
}
