package com.aeghash.notification;

import java.util.UUID;

/**
 * Operators' handling of alerts: acknowledge (someone is on it) and resolve with a note. The caller audits the
 * change (the console does, in the same transaction). Each answers the alert as it is afterwards.
 */
public interface AlertDesk {

    /** The longest note kept. */
    int NOTE_LENGTH_MAX = 1000;

    /**
     * @throws com.aeghash.common.ApiException 404 for an unknown alert, 409 {@code already_acknowledged} when it
     *                                         was acknowledged before, 400 for a note over
     *                                         {@link #NOTE_LENGTH_MAX}
     */
    RecordedAlert acknowledge(UUID alertId, String operator, String note);

    /**
     * Resolves the alert, acknowledging it too when nobody had.
     *
     * @throws com.aeghash.common.ApiException 404 for an unknown alert, 409 {@code already_resolved}, 400 without
     *                                         a note
     */
    RecordedAlert resolve(UUID alertId, String operator, String note);

    /** The unacknowledged alerts, counted up to {@code countMax + 1} (which means "more than countMax"). */
    int countUnacknowledgedUpTo(int countMax);
}
