package com.aeghash.mining.internal;

import com.aeghash.common.web.ProblemCode;
import com.aeghash.config.HashDamProperties;
import com.aeghash.mining.Mining;
import com.aeghash.mining.ProjectSnapshot;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MiningProjectController {

    private final Mining mining;
    private final HashDamProperties hashDam;

    MiningProjectController(Mining mining, HashDamProperties hashDam) {
        this.mining = mining;
        this.hashDam = hashDam;
    }

    /**
     * The latest stored snapshot (null before the first one) and the egress IP addresses registered with
     * HashDam for our key ({@code HASHDAM_IP_ALLOWLIST}), which operators must keep in sync with the NAT gateway.
     */
    @Operation(
            summary = "Get the mining project",
            description =
                    "The latest stored HashDam snapshot (null before the first one) and the egress IP addresses registered with HashDam for our key.")
    @GetMapping("/api/v1/mining/project")
    @PreAuthorize("hasAnyRole('ADMIN', 'FINANCE', 'OPERATIONS')")
    ProjectView project() {
        return new ProjectView(mining.latestProjectSnapshot().orElse(null), hashDam.ipAllowlist());
    }

    /** Reads the figures from HashDam now and stores them. */
    @Operation(
            summary = "Take a mining project snapshot",
            description = "Reads the figures from HashDam now and stores them.")
    @ProblemCode(status = 502, code = "hashdam_unavailable")
    @PostMapping("/api/v1/mining/project/snapshots")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('OPERATIONS')")
    ProjectSnapshot takeSnapshot() {
        return mining.takeProjectSnapshot();
    }

    record ProjectView(ProjectSnapshot latestSnapshot, List<String> hashDamIpAllowlist) {}
}
