package com.aeghash.organization.internal;

import java.math.BigDecimal;
import java.util.List;

/** PV to add to the left leg total of some ancestors and to the right leg total of others. */
record LegVolumeChange(List<String> leftLegAncestors, List<String> rightLegAncestors, BigDecimal pvDelta) {

    LegVolumeChange {
        leftLegAncestors = List.copyOf(leftLegAncestors);
        rightLegAncestors = List.copyOf(rightLegAncestors);
    }
}
