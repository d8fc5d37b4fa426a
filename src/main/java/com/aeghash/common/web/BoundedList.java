package com.aeghash.common.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler method that answers a whole list as a JSON array because the list cannot grow past a small bound
 * (the value says which: "one per upline level of one order", "the administered operators"). Every other list
 * answers a {@link CursorPage}; the API document says which is which ({@code x-bounded-list}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BoundedList {

    /** What bounds the list. */
    String value();
}
