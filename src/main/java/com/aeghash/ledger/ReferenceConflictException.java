package com.aeghash.ledger;

import com.aeghash.common.ApiException;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** The reference was already posted with different lines: a caller bug, never silently accepted. */
public class ReferenceConflictException extends ApiException {

    public ReferenceConflictException(String reference) {
        super(
                HttpStatus.CONFLICT,
                "reference_conflict",
                null,
                "ledger reference " + reference + " was already posted with different lines",
                Map.of("reference", reference));
    }
}
