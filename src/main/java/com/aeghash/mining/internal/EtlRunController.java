package com.aeghash.mining.internal;

import com.aeghash.common.ApiException;
import com.aeghash.mining.EtlRun;
import com.aeghash.mining.Mining;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class EtlRunController {

    private final Mining mining;

    EtlRunController(Mining mining) {
        this.mining = mining;
    }

    /**
     * Runs (or resumes) the daily mining ETL of a UTC date now and returns the run; a completed date is
     * returned as it is, without crediting anything again.
     */
    @PostMapping("/api/v1/mining/etl-runs")
    @PreAuthorize("hasRole('OPERATIONS')")
    EtlRun run(@Valid @RequestBody RunRequest request) {
        return mining.runDailyEtl(request.date());
    }

    @GetMapping("/api/v1/mining/etl-runs")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE', 'OPERATIONS')")
    List<EtlRun> recent(@RequestParam(defaultValue = "30") int limit) {
        return mining.recentEtlRuns(limit);
    }

    @GetMapping("/api/v1/mining/etl-runs/{date}")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE', 'OPERATIONS')")
    EtlRun one(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return mining.etlRun(date).orElseThrow(() -> ApiException.notFound("mining run of " + date));
    }

    record RunRequest(@NotNull LocalDate date) {}
}
