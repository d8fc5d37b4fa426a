package com.aeghash.common;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;

/** Backs {@link SignedAmount}: null is left to {@code @NotNull}, zero is refused. */
public class NonZeroValidator implements ConstraintValidator<SignedAmount, BigDecimal> {

    @Override
    public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
        return value == null || value.signum() != 0;
    }
}
