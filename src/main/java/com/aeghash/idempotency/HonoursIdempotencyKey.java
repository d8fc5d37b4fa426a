package com.aeghash.idempotency;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler method whose call runs through {@link IdempotentRequests} although it does not read the
 * {@link IdempotencyKey#HEADER} itself (a filter reads it, as on the partner API): the API document then describes the
 * header, the replay header and the idempotency problems, as it does by itself for a method with a
 * {@code @RequestHeader(IdempotencyKey.HEADER)} parameter.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface HonoursIdempotencyKey {}
