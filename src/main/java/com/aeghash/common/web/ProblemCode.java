package com.aeghash.common.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A problem {@code code} an operation can answer, with its status, beyond the ones every operation of its kind has
 * (those {@link OperationContract} documents by itself: 400 for parameters and bodies, 401/403 where secured, 404 for
 * path ids, 415 for bodies, 409 for idempotency keys, 429 on the partner API). One per code:
 * {@code @ProblemCode(status = 409, code = "invalid_state")}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(ProblemCode.All.class)
public @interface ProblemCode {

    int status();

    String code();

    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface All {
        ProblemCode[] value();
    }
}
