package com.aeghash.approval;

import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What an operator's request led to: done at once ({@code done}), or filed for a second operator
 * ({@code awaiting}, the approval request). Exactly one is set.
 */
public record DoneOrAwaiting<T>(T done, ApprovalRequest awaiting) {

    public DoneOrAwaiting {
        if ((done == null) == (awaiting == null)) {
            throw new IllegalArgumentException("exactly one of done and awaiting");
        }
    }

    public static <T> DoneOrAwaiting<T> done(T done) {
        return new DoneOrAwaiting<>(Objects.requireNonNull(done, "done"), null);
    }

    public static <T> DoneOrAwaiting<T> awaiting(ApprovalRequest request) {
        return new DoneOrAwaiting<>(null, Objects.requireNonNull(request, "request"));
    }

    public boolean isDone() {
        return done != null;
    }

    /** The HTTP answer: {@code doneStatus} with the result, or 202 with the approval request. */
    public ResponseEntity<Object> toResponse(HttpStatus doneStatus) {
        return isDone()
                ? ResponseEntity.status(doneStatus).body(done)
                : ResponseEntity.status(HttpStatus.ACCEPTED).body(awaiting);
    }
}
