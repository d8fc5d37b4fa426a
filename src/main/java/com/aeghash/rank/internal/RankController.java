package com.aeghash.rank.internal;

import com.aeghash.common.ApiException;
import com.aeghash.common.MemberIds;
import com.aeghash.rank.MemberRank;
import com.aeghash.rank.RankRecomputation;
import com.aeghash.rank.Ranks;
import java.security.Principal;
import java.util.List;
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

    private final Ranks ranks;

    RankController(Ranks ranks) {
        this.ranks = ranks;
    }

    /** Current and highest rank, since when, and the latest {@code historyLimit} changes (newest first). */
    @GetMapping("/api/v1/members/{memberId}/rank")
    MemberRank rank(@PathVariable String memberId, @RequestParam(defaultValue = "50") int historyLimit) {
        String id = MemberIds.require(memberId, "memberId");
        if (historyLimit < 0 || historyLimit > RanksService.HISTORY_MAX) {
            throw ApiException.validation("historyLimit", "must be 0.." + RanksService.HISTORY_MAX);
        }
        return ranks.rankOf(id, historyLimit).orElseThrow(() -> ApiException.notFound("rank of member " + id));
    }

    /** 202 with the run {@code RUNNING}; 409 {@code recomputation_running} while one runs. */
    @PostMapping("/api/v1/ranks/recomputations")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasRole('ADMIN')")
    RankRecomputation start(Principal operator) {
        return ranks.startRecomputation(operator.getName());
    }

    @GetMapping("/api/v1/ranks/recomputations")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATIONS', 'FINANCE')")
    List<RankRecomputation> recent(@RequestParam(defaultValue = "20") int limit) {
        return ranks.recentRecomputations(limit);
    }

    @GetMapping("/api/v1/ranks/recomputations/{id}")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATIONS', 'FINANCE')")
    RankRecomputation one(@PathVariable long id) {
        return ranks.recomputation(id).orElseThrow(() -> ApiException.notFound("rank recomputation " + id));
    }
}
