package com.aeghash.security.internal;

import com.aeghash.common.web.BoundedList;
import com.aeghash.security.OperatorAccounts;
import com.aeghash.security.internal.SignInFailureRepository.SubjectFailures;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Administrators list and lift the sign-in throttle's current delays and locks (docs/operations.md). */
@RestController
@PreAuthorize(OperatorAccounts.MANAGERS)
class SignInLockController {

    private final SignInLocks locks;

    SignInLockController(SignInLocks locks) {
        this.locks = locks;
    }

    @Operation(
            summary = "List sign-in locks",
            description = "Subjects (user names, addresses) whose sign-ins are refused for now.")
    @BoundedList("the locks in force now (each expires)")
    @GetMapping("/api/v1/sign-in-locks")
    List<SignInLock> current() {
        return locks.current().stream().map(SignInLock::of).toList();
    }

    @Operation(summary = "Lift a sign-in lock", description = "Lets a locked `subject` sign in again; 204.")
    @DeleteMapping("/api/v1/sign-in-locks")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void lift(@RequestParam String subject, Principal principal) {
        locks.lift(principal.getName(), subject);
    }

    /** One subject whose sign-ins are refused until {@code blockedUntil}. */
    record SignInLock(String subject, int failures, Instant lastFailureAt, Instant blockedUntil) {

        static SignInLock of(SubjectFailures failures) {
            return new SignInLock(
                    failures.subject(), failures.failures(), failures.lastFailureAt(), failures.blockedUntil());
        }
    }
}
