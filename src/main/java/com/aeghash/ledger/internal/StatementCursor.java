package com.aeghash.ledger.internal;

import com.aeghash.common.ApiException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * Where a statement page ended: the key of its last posting, (time, account id, sequence in the account), the order
 * statements are read in (newest first). The next page is every posting whose key is smaller, whatever was posted
 * meanwhile: pages already read never shift. Opaque to callers: base64url of {@code s1.<micros>.<account>.<seq>}.
 */
record StatementCursor(Instant postedAt, long accountId, long accountSeq) {

    private static final String VERSION = "s1";
    private static final String INVALID = "must be the nextCursor of an earlier page of this statement";

    static StatementCursor parse(String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII).split("\\.");
            if (parts.length != 4 || !parts[0].equals(VERSION)) {
                throw ApiException.validation("cursor", INVALID);
            }
            long micros = Long.parseLong(parts[1]);
            StatementCursor cursor = new StatementCursor(
                    Instant.EPOCH.plus(micros, ChronoUnit.MICROS), Long.parseLong(parts[2]), Long.parseLong(parts[3]));
            if (micros < 0 || cursor.postedAt().isAfter(StatementsService.LATEST) || cursor.accountSeq() < 1) {
                throw ApiException.validation("cursor", INVALID);
            }
            return cursor;
        } catch (IllegalArgumentException | ArithmeticException | DateTimeException malformed) {
            throw ApiException.validation("cursor", INVALID);
        }
    }

    String encode() {
        String text =
                VERSION + "." + ChronoUnit.MICROS.between(Instant.EPOCH, postedAt) + "." + accountId + "." + accountSeq;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The bound (time, sequence), exclusive, of the postings of one account that come after this cursor: in the
     * cursor's own account those before it; in an account of a higher id those of an earlier time; in one of a lower
     * id those of the same or an earlier time (at equal times, higher account ids come first).
     */
    Bound boundFor(long account) {
        if (account == accountId) {
            return new Bound(postedAt, accountSeq);
        }
        return new Bound(postedAt, account > accountId ? 0 : Long.MAX_VALUE);
    }

    record Bound(Instant postedAt, long accountSeq) {}
}
