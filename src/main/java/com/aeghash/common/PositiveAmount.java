package com.aeghash.common;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An amount received from the outside: present, greater than zero, at most 18 decimals and 20 integer
 * digits (NUMERIC(38,18)). JSON strings and numbers are both accepted; neither passes through
 * {@code double}. NaN, infinities and non-numeric text fail to bind and are reported as 400 too.
 */
@NotNull
@Positive
@Digits(integer = Amounts.INTEGER_DIGITS_MAX, fraction = Amounts.STORAGE_SCALE)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface PositiveAmount {

    String message() default "must be a positive decimal with at most 18 decimals";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
