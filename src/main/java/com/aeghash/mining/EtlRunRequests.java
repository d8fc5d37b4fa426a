package com.aeghash.mining;

import com.aeghash.approval.DoneOrAwaiting;
import java.time.LocalDate;

/**
 * Daily mining runs an operator starts by hand (the schedule runs yesterday, and resumes unfinished days, on its
 * own). The run of a recent date the schedule may have missed is one operator's decision; crediting an older date
 * is not: it pays today's hash-power holders for a day long gone, so it needs a second operator.
 */
public interface EtlRunRequests {

    /**
     * Runs (or resumes) the run of {@code date} at once when it lies within {@code aeghash.mining.etl.operator-window-days}
     * before today (UTC) or its run already exists (a completed one is returned unchanged, an unfinished one
     * resumes as the schedule would resume it); otherwise files an approval request ({@code mining.backdated_run})
     * whose approval by a different OPERATIONS or FINANCE operator starts the run.
     *
     * @param reason why (shown to the checker); null for the default text
     * @throws com.aeghash.common.ApiException as {@code Mining} runs: 422 {@code mining_data_not_ready}, 409
     *         {@code etl_run_in_progress}, 502 {@code hashdam_unavailable}; 409 {@code approval_request_exists} while
     *         another request for the date is open
     */
    DoneOrAwaiting<EtlRun> start(LocalDate date, String operator, String reason);
}
