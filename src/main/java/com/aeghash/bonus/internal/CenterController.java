package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusCenters;
import com.aeghash.bonus.Center;
import com.aeghash.bonus.CenterAssignment;
import com.aeghash.common.ApiException;
import com.aeghash.common.web.CursorPage;
import com.aeghash.common.web.ProblemCode;
import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Centers and buyers' explicit centers, for administrators; every change audited. */
@RestController
@PreAuthorize(BonusCenters.MANAGERS)
class CenterController {

    private static final int CENTERS_LIMIT = 50;
    private static final String CURSOR_PREFIX = "center:";
    private final BonusCenters centers;

    CenterController(BonusCenters centers) {
        this.centers = centers;
    }

    record Designation(String memberId) {}

    record AssignmentRequest(String centerMemberId) {}

    @Operation(summary = "List centers", description = "The designated centers by member id, a page at a time.")
    @GetMapping("/api/v1/centers")
    CursorPage<Center> list(
            @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        int rows = CursorPage.limit(limit, CENTERS_LIMIT, CenterAdministration.PAGE_MAX);
        List<Center> fetched = centers.centers(afterOf(cursor), rows + 1);
        if (fetched.size() <= rows) {
            return new CursorPage<>(fetched, null);
        }
        List<Center> shown = fetched.subList(0, rows);
        String last = CURSOR_PREFIX + shown.get(rows - 1).memberId();
        return new CursorPage<>(
                shown, Base64.getUrlEncoder().withoutPadding().encodeToString(last.getBytes(StandardCharsets.UTF_8)));
    }

    @Operation(
            summary = "Designate a center",
            description =
                    "Makes a registered member a center (its referrer is recorded for the center referral bonus); audited. 201.")
    @ProblemCode(status = 404, code = "not_found")
    @ProblemCode(status = 409, code = "already_center")
    @PostMapping("/api/v1/centers")
    @ResponseStatus(HttpStatus.CREATED)
    Center designate(@RequestBody Designation body, Principal operator) {
        if (body == null || body.memberId() == null) {
            throw ApiException.validation("memberId", "is required");
        }
        return centers.designate(body.memberId(), operator.getName());
    }

    @Operation(
            summary = "Revoke a center",
            description =
                    "The member is no longer a center; buyers assigned to it explicitly lose that assignment. Audited. 204.")
    @DeleteMapping("/api/v1/centers/{memberId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable String memberId, Principal operator) {
        centers.revoke(memberId, operator.getName());
    }

    @Operation(
            summary = "Get a member's explicit center",
            description = "The center an operator assigned to the buyer; 404 when none is assigned.")
    @GetMapping("/api/v1/members/{memberId}/center")
    CenterAssignment assignment(@PathVariable String memberId) {
        return centers.assignmentOf(memberId)
                .orElseThrow(() -> ApiException.notFound("center assignment of " + memberId));
    }

    @Operation(
            summary = "Assign a member's center",
            description =
                    "The buyer's orders pay the center bonus to this center instead of the nearest center among its referral uplines; audited.")
    @ProblemCode(status = 422, code = "not_a_center")
    @ProblemCode(status = 422, code = "self_assignment")
    @PutMapping("/api/v1/members/{memberId}/center")
    CenterAssignment assign(@PathVariable String memberId, @RequestBody AssignmentRequest body, Principal operator) {
        return centers.assign(memberId, body == null ? null : body.centerMemberId(), operator.getName());
    }

    @Operation(
            summary = "Clear a member's center",
            description =
                    "Removes the explicit center: the nearest center among the referral uplines applies again. 204.")
    @DeleteMapping("/api/v1/members/{memberId}/center")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clear(@PathVariable String memberId, Principal operator) {
        centers.clearAssignment(memberId, operator.getName());
    }

    private static String afterOf(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(CURSOR_PREFIX)) {
                return text.substring(CURSOR_PREFIX.length());
            }
        } catch (IllegalArgumentException malformed) {
            // refused below
        }
        throw ApiException.validation("cursor", "is not a cursor this list answered");
    }
}
