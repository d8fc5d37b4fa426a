package com.aeghash.partner;

import java.util.List;

/** Administrators' view of the partner API: partners (fingerprints only), the inbound event log, re-processing. */
public interface PartnerOperations {

    /** Every configured partner, without any secret. */
    List<PartnerSummary> partners();

    /** Newest first, at most {@code limit} (1-500); {@code failedOnly}: only the events that can be re-processed. */
    List<PartnerEvent> recentEvents(boolean failedOnly, int limit);

    /** As {@link #recentEvents}, the events with ids below {@code beforeId}: a keyset page. */
    List<PartnerEvent> eventsBefore(boolean failedOnly, long beforeId, int limit);

    /**
     * Runs a failed event (valid signature, responded with a 5xx) again under its idempotency key, so nothing is
     * done twice, and returns the event with the re-processing's result recorded.
     *
     * @throws com.aeghash.common.ApiException 404 for an unknown event, 409 {@code not_reprocessable},
     *         422 {@code partner_not_configured} or {@code not_reprocessable}
     */
    PartnerEvent reprocess(long eventId, String operator);
}
