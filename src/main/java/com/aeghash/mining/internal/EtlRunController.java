package com.aeghash.mining.internal;

import com.aeghash.common.ApiException;
import com.aeghash.common.web.CursorPage;
import com.aeghash.common.web.ProblemCode;
import com.aeghash.mining.EtlRun;
import com.aeghash.mining.EtlRunRequests;
import com.aeghash.mining.Mining;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class EtlRunController {

    /** Keyed by the run's date (unique): the epoch day; the start is after any date a run can have. */
    private static final CursorPage.Keyset<EtlRun> RUNS = new CursorPage.Keyset<>(
            "etl-run",
            LocalDate.of(10_000, 1, 1).toEpochDay(),
            run -> run.date().toEpochDay());

    private final Mining mining;
    private final EtlRunRequests requests;

    EtlRunController(Mining mining, EtlRunRequests requests) {
        this.mining = mining;
        this.requests = requests;
    }

    /**
     * Runs (or resumes) the daily mining run of a recent UTC date now: 200 with the run (a completed date is returned
     * as it is, without crediting anything again). An older date the schedule never ran: 202 with the approval
     * request a second operator decides ({@link EtlRunRequests}).
     */
    @Operation(
            summary = "Run the daily mining ETL",
            description =
                    "Runs (or resumes) the mining run of a recent UTC date now: 200 with the run (a completed date is answered as it is, crediting nothing again); an older date the schedule never ran answers 202 with the approval request a second operator decides.")
    @ProblemCode(status = 409, code = "etl_run_in_progress")
    @ProblemCode(status = 409, code = "approval_request_exists")
    @ProblemCode(status = 422, code = "mining_data_not_ready")
    @ProblemCode(status = 502, code = "hashdam_unavailable")
    @PostMapping("/api/v1/mining/etl-runs")
    @PreAuthorize("hasRole('OPERATIONS')")
    ResponseEntity<Object> run(@Valid @RequestBody RunRequest request, Principal operator) {
        return requests.start(request.date(), operator.getName(), request.reason())
                .toResponse(HttpStatus.OK);
    }

    @Operation(
            summary = "List mining ETL runs",
            description = "The daily runs, newest date first, a page at a time (`limit` default 30).")
    @GetMapping("/api/v1/mining/etl-runs")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE', 'OPERATIONS')")
    CursorPage<EtlRun> recent(
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        return CursorPage.read(
                RUNS,
                cursor,
                CursorPage.limit(limit, 30),
                (beforeDay, rows) -> mining.etlRunsBefore(LocalDate.ofEpochDay(beforeDay), rows));
    }

    @Operation(
            summary = "Get the mining ETL run of a date",
            description = "The run of one UTC date (`yyyy-MM-dd`) with its progress.")
    @GetMapping("/api/v1/mining/etl-runs/{date}")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE', 'OPERATIONS')")
    EtlRun one(@PathVariable LocalDate date) {
        return mining.etlRun(date).orElseThrow(() -> ApiException.notFound("mining run of " + date));
    }

    /** {@code reason}: why an old date must be run, for the second operator (optional). */
    record RunRequest(
            @NotNull LocalDate date, @Size(max = 500) String reason) {}
}
