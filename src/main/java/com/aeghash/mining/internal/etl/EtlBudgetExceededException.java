package com.aeghash.mining.internal.etl;

import java.time.LocalDate;

/**
 * A chunk's credits would take a coin's credited total beyond the project total, because chunks committed by other
 * workers since the chunk read what was left used it up (hash power read differently than when the run was
 * prepared). The chunk rolls back and is written again with the coin totals locked (clamped).
 */
class EtlBudgetExceededException extends RuntimeException {

    EtlBudgetExceededException(LocalDate date, RuntimeException cause) {
        super("the mining run of " + date + " would credit beyond the project total", cause);
    }
}
