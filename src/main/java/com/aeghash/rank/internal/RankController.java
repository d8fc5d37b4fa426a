package com.aeghash.rank.internal;

import com.aeghash.common.ApiException;
import com.aeghash.common.MemberIds;
import com.aeghash.common.web.CursorPage;
import com.aeghash.common.web.ProblemCode;
import com.aeghash.rank.MemberRank;
import com.aeghash.rank.RankRecomputation;
import com.aeghash.rank.Ranks;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A member's rank (as the member's other reads: any operator, or that member's JWT) and the full recomputation
 * (ADMIN to start; ADMIN, OPERATIONS and FINANCE to follow).
 */
@RestController
class RankController {

    private static final int LIST_LIMIT = 20;
    private static final CursorPage.Keyset<RankRecomputation> RUNS =
            new CursorPage.Keyset<>("rank-recomputation", Long.MAX_VALUE, RankRecomputation::id);
    private final Ranks ranks;

    RankController(Ranks ranks) {
        this.ranks = ranks;
    }

    /** Current and highest rank, since when, and the latest {@code historyLimit} changes (newest first). */
    @Operation(
            summary = "Get a member's rank",
            description =
                    "The member's current and highest rank, since when, and the latest `historyLimit` (0-500, default 50) changes, newest first, each with its cause. 404 for a member without a rank.")
    @GetMapping("/api/v1/members/{memberId}/rank")
    MemberRank rank(@PathVariable String memberId, @RequestParam(defaultValue = "50") int historyLimit) {
        String id = MemberIds.require(memberId, "memberId");
        if (historyLimit < 0 || historyLimit > RanksService.HISTORY_MAX) {
            throw ApiException.validation("historyLimit", "must be 0.." + RanksService.HISTORY_MAX);
        }
        return ranks.rankOf(id, historyLimit).orElseThrow(() -> ApiException.notFound("rank of member " + id));
    }

    /** 202 with the run {@code RUNNING}; 409 {@code recomputation_running} while one runs. */
    @Operation(
            summary = "Start a full rank recomputation",
            description =
                    "Rebuilds every member's rank from the tree and sales in the background, level by level, audited; answers the run `RUNNING`, to follow until `COMPLETED` (with `changedMembers`) or `FAILED`. Sends no rank-change webhooks.")
    @ProblemCode(status = 409, code = "recomputation_running")
    @PostMapping("/api/v1/ranks/recomputations")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasRole('ADMIN')")
    RankRecomputation start(Principal operator) {
        return ranks.startRecomputation(operator.getName());
    }

    @Operation(
            summary = "List rank recomputations",
            description = "The full recomputations, newest first, with their state and progress, a page at a time.")
    @GetMapping("/api/v1/ranks/recomputations")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATIONS', 'FINANCE')")
    CursorPage<RankRecomputation> recent(
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        return CursorPage.read(RUNS, cursor, CursorPage.limit(limit, LIST_LIMIT), ranks::recomputationsBefore);
    }

    @Operation(
            summary = "Get a rank recomputation",
            description =
                    "One run: `state` (`RUNNING`, `COMPLETED`, `FAILED` with `error`), members and levels in total, levels done and members changed.")
    @GetMapping("/api/v1/ranks/recomputations/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATIONS', 'FINANCE')")
    RankRecomputation one(@PathVariable long id) {
        return ranks.recomputation(id).orElseThrow(() -> ApiException.notFound("rank recomputation " + id));
    }
}
