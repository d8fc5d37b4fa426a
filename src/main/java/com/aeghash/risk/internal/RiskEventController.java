package com.aeghash.risk.internal;

import com.aeghash.common.ApiException;
import com.aeghash.common.MemberIds;
import com.aeghash.common.web.CursorPage;
import com.aeghash.common.web.Paging;
import com.aeghash.common.web.ResultPage;
import com.aeghash.risk.KnownDevice;
import com.aeghash.risk.RiskChecks;
import com.aeghash.risk.RiskEvent;
import com.aeghash.risk.RiskSeverity;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RiskEventController {

    private final RiskChecks risk;

    RiskEventController(RiskChecks risk) {
        this.risk = risk;
    }

    /** Findings newest first, optionally of one member and/or one severity ({@code info|review|block}). */
    @Operation(
            summary = "List risk events",
            description =
                    "Findings newest first, optionally of one member and/or one severity (`info`, `review`, `block`), a page at a time.")
    @GetMapping("/api/v1/risk/events")
    @PreAuthorize("hasAnyRole('OPERATIONS', 'FINANCE', 'ADMIN')")
    ResultPage<RiskEvent> events(
            @RequestParam(required = false) String memberId,
            @RequestParam(required = false) String severity,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        String member = memberId == null ? null : MemberIds.require(memberId, "memberId");
        RiskSeverity wanted = severity == null
                ? null
                : RiskSeverity.fromWireName(severity)
                        .orElseThrow(() -> ApiException.validation("severity", "must be info, review or block"));
        return risk.events(member, wanted, Paging.of(cursor, limit, page, size));
    }

    /** The devices the member's withdrawal requests came from, newest first sighting first, a page at a time. */
    @Operation(
            summary = "List a member's devices",
            description =
                    "The devices the member's withdrawal requests came from, the newest first sighting first, a page at a time.")
    @GetMapping("/api/v1/members/{memberId}/devices")
    @PreAuthorize("hasAnyRole('OPERATIONS', 'FINANCE', 'ADMIN')")
    CursorPage<KnownDevice> devices(
            @PathVariable String memberId,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        String member = MemberIds.require(memberId, "memberId");
        int wanted = CursorPage.limit(limit, 50);
        DeviceCursor after = DeviceCursor.parse(cursor);
        List<KnownDevice> fetched = after == null
                ? risk.knownDevicesBefore(member, null, null, wanted + 1)
                : risk.knownDevicesBefore(member, after.firstSeenAt(), after.deviceId(), wanted + 1);
        if (fetched.size() <= wanted) {
            return new CursorPage<>(fetched, null);
        }
        List<KnownDevice> shown = fetched.subList(0, wanted);
        return new CursorPage<>(shown, DeviceCursor.after(shown.get(wanted - 1)).encode());
    }
}
