package com.aeghash.risk;

import com.aeghash.common.web.Paging;
import com.aeghash.common.web.ResultPage;
import java.time.Instant;
import java.util.List;

/** The risk module's API: the checks every withdrawal request goes through, and what they recorded. */
public interface RiskChecks {

    /**
     * Evaluates every rule for the withdrawal, in the caller's transaction: records the device the request
     * came from, writes each finding to {@code risk_events}, and raises an alert for each {@code review} or
     * {@code block} finding (delivered only if the caller's transaction commits).
     */
    RiskAssessment assessWithdrawal(WithdrawalRiskCheck check);

    /** Recorded findings, newest first; either filter may be null. */
    ResultPage<RiskEvent> events(String memberId, RiskSeverity severity, Paging paging);

    /**
     * A keyset page of recorded findings (the console's list): at most {@code limit} (capped at 101) after the event
     * {@code afterId} (exclusive; null: from the start), newest first when {@code newestFirst}, else oldest first;
     * either filter may be null. A finding recorded meanwhile never shifts a page.
     */
    List<RiskEvent> eventsAfter(String memberId, RiskSeverity severity, Long afterId, boolean newestFirst, int limit);

    /** The devices the member's withdrawal requests came from, most recently seen first (at most 100). */
    List<KnownDevice> knownDevices(String memberId, int limit);

    /**
     * The member's devices newest first by first sighting (then device id, descending), those after the device first
     * seen at {@code firstSeenAt} with {@code deviceId} (both null: from the newest), at most {@code limit} (capped at
     * 101): a keyset page whose order never shifts.
     */
    List<KnownDevice> knownDevicesBefore(String memberId, Instant firstSeenAt, String deviceId, int limit);
}
