package com.aeghash.ledger.internal;

import com.aeghash.common.Amounts;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.PostingLine;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** Pure checks of an entry before anything is read or written: shape, limits and balance per asset. */
final class EntryValidator {

    static final int REFERENCE_LENGTH_MAX = 200;
    static final int DESCRIPTION_LENGTH_MAX = 500;
    static final int LINES_MAX = 10_000;

    private EntryValidator() {}

    static void validate(EntryRequest request) {
        if (request.reference() == null
                || request.reference().isBlank()
                || request.reference().length() > REFERENCE_LENGTH_MAX) {
            throw new IllegalArgumentException("entry reference must be 1-" + REFERENCE_LENGTH_MAX + " characters");
        }
        if (request.description() != null && request.description().length() > DESCRIPTION_LENGTH_MAX) {
            throw new IllegalArgumentException("entry description is longer than " + DESCRIPTION_LENGTH_MAX);
        }
        if (request.lines().size() < 2 || request.lines().size() > LINES_MAX) {
            throw new IllegalArgumentException("entry " + request.reference() + " needs 2-" + LINES_MAX + " lines");
        }
        Map<Asset, BigDecimal> sums = new EnumMap<>(Asset.class);
        for (PostingLine line : request.lines()) {
            checkLine(request.reference(), line);
            sums.merge(line.account().asset(), line.amount(), BigDecimal::add);
        }
        sums.forEach((asset, sum) -> {
            if (sum.signum() != 0) {
                throw new IllegalArgumentException("entry " + request.reference() + " is not balanced in " + asset
                        + " (sum " + sum.toPlainString() + ")");
            }
        });
    }

    private static void checkLine(String reference, PostingLine line) {
        if (line.amount().signum() == 0) {
            throw new IllegalArgumentException("entry " + reference + " has a zero line on " + line.account());
        }
        if (!Amounts.fitsStorage(line.amount())) {
            throw new IllegalArgumentException("entry " + reference + " has an amount outside NUMERIC(38,18)");
        }
        if (line.account().isMember() && line.account().ownerId().length() > 64) {
            throw new IllegalArgumentException("member id longer than 64 characters");
        }
    }
}
