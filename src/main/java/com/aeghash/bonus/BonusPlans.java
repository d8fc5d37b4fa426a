package com.aeghash.bonus;

import java.util.Set;

/**
 * The named bonus plans of the configuration: {@value #DEFAULT} is {@code aeghash.bonus.rules}, every other one an
 * entry of {@code aeghash.bonus.plans}. A product names the plan its orders pay; the bonus engine pays each part of
 * an order's PV by its plan ({@link PaidOrder#planShares()}).
 */
public interface BonusPlans {

    /** The plan of an order without product lines and of a product that names none. */
    String DEFAULT = "default";

    /** What a plan name looks like: lower-case letters, digits and dashes, 1-32 characters. */
    String NAME_PATTERN = "[a-z][a-z0-9-]{0,31}";

    /** Every configured plan, {@value #DEFAULT} included, sorted. */
    Set<String> names();

    default boolean exists(String name) {
        return names().contains(name);
    }
}
