package com.aeghash.mining.internal.etl;

import java.time.LocalDate;

/** Another holder took the run over (this one stalled past its lease): the chunk is rolled back. */
final class EtlLeaseLostException extends RuntimeException {

    EtlLeaseLostException(LocalDate date) {
        super("the lease of the mining run of " + date + " was lost to another instance");
    }
}
