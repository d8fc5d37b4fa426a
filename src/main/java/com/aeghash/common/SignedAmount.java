package com.aeghash.common;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Like {@link PositiveAmount} but either sign is allowed (manual adjustments); zero is still refused. */
@NotNull
@Digits(integer = Amounts.INTEGER_DIGITS_MAX, fraction = Amounts.STORAGE_SCALE)
@ReportAsSingleViolation
@Constraint(validatedBy = NonZeroValidator.class)
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface SignedAmount {

    String message() default "must be a non-zero decimal with at most 18 decimals";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
