package com.aeghash.risk;

/** What the caller must do with the withdrawal: go on, flag it for the ops console, or cancel it. */
public enum RiskDecision {
    ALLOW,
    REVIEW,
    BLOCK
}
