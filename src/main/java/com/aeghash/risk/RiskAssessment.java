package com.aeghash.risk;

import java.util.Comparator;
import java.util.List;

/** Every finding of one evaluation; the decision follows from the most severe one. */
public record RiskAssessment(List<RiskFinding> findings) {

    public RiskAssessment {
        findings = List.copyOf(findings);
    }

    public RiskDecision decision() {
        RiskSeverity highest = findings.stream()
                .map(RiskFinding::severity)
                .max(Comparator.naturalOrder())
                .orElse(RiskSeverity.INFO);
        return switch (highest) {
            case BLOCK -> RiskDecision.BLOCK;
            case REVIEW -> RiskDecision.REVIEW;
            case INFO -> RiskDecision.ALLOW;
        };
    }

    /** The messages behind the decision: the block findings of a block, the review findings of a review. */
    public List<String> reasons() {
        RiskSeverity decisive = switch (decision()) {
            case BLOCK -> RiskSeverity.BLOCK;
            case REVIEW -> RiskSeverity.REVIEW;
            case ALLOW -> null;
        };
        return findings.stream()
                .filter(finding -> finding.severity() == decisive)
                .map(RiskFinding::message)
                .toList();
    }
}
