package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusType;
import com.aeghash.common.ApiException;
import com.aeghash.common.MemberIds;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The keyset position in a closing's report, the last (member, bonus type) line shown, as the opaque cursor the
 * API answers in {@code next}: bound to its closing, so a cursor of another report is refused. A member's
 * carried-debt line has the bonus type {@value JdbcClosingCarry#DEBT} (none), which sorts before every type.
 */
record ClosingReportCursor(String memberId, String bonusType) {

    /** Before the first line: every member id and type sorts after the empty text. */
    static final ClosingReportCursor START = new ClosingReportCursor("", "");

    private static final String KIND = "closing-report";

    /** True for the position of a member's carried-debt line. */
    boolean isDebt() {
        return bonusType.equals(JdbcClosingCarry.DEBT);
    }

    String encode(long closingId) {
        String text = KIND + ":" + closingId + ":" + memberId + ":" + bonusType;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The position of the cursor, {@link #START} without one; a cursor of another list or closing is a 400. */
    static ClosingReportCursor decode(String cursor, long closingId) {
        if (cursor == null || cursor.isEmpty()) {
            return START;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":", -1);
            if (parts.length == 4
                    && parts[0].equals(KIND)
                    && parts[1].equals(Long.toString(closingId))
                    && MemberIds.isValid(parts[2])) {
                return new ClosingReportCursor(
                        parts[2],
                        parts[3].equals(JdbcClosingCarry.DEBT)
                                ? JdbcClosingCarry.DEBT
                                : BonusType.valueOf(parts[3]).name());
            }
        } catch (IllegalArgumentException invalid) {
            // not base64 or not a bonus type: refused below like a cursor of another list
        }
        throw ApiException.validation("cursor", "is not a cursor this report answered");
    }
}
