package com.aeghash.mining.internal.procurement;

import com.aeghash.mining.ProcurementStatus;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * One recorded change of a procurement: its new status (the same one for a check that only counts), the columns it
 * sets, who caused it and what was learnt. A change of status adds a step to the procurement's trail.
 */
record ProcurementChange(ProcurementStatus status, Map<Column, Object> columns, String actor, String detail) {

    /** The columns a change may set; the enum name is the column's name. */
    enum Column {
        APPROVAL_REQUEST_ID,
        APPROVED_BY,
        CHARGE_ID,
        DEPOSIT_ADDRESS,
        PAYMENT_AMOUNT,
        PRICE,
        COIN,
        PAYMENT_TXID,
        CREDIT,
        SWAP_ID,
        POWER,
        PHASE_STARTED_AT,
        CHECKS,
        NEXT_CHECK_AT,
        NEEDS_OPERATOR,
        FAILURE_REASON;

        String sqlName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    ProcurementChange {
        columns = columns.isEmpty() ? new EnumMap<>(Column.class) : new EnumMap<>(columns);
    }

    static ProcurementChange to(ProcurementStatus status, String actor, String detail) {
        return new ProcurementChange(status, Map.of(), actor, detail);
    }

    /** The same change, also setting {@code column} (null clears it). */
    ProcurementChange with(Column column, Object value) {
        Map<Column, Object> more = new EnumMap<>(Column.class);
        more.putAll(columns);
        more.put(column, value);
        return new ProcurementChange(status, more, actor, detail);
    }
}
