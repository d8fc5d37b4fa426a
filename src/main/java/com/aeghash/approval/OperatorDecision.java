package com.aeghash.approval;

/**
 * Who decided an outcome a vendor left unclear, carried with the decision into the records and events it changes,
 * so that trails name people instead of the vendor.
 *
 * @param decidedBy         the operator who decided (the maker of the approval request)
 * @param approvedBy        the second operator who approved it; null when the vendor's own word backed one operator
 * @param approvalRequestId the approval request, or null
 * @param evidence          the vendor's word a single operator relied on (what was checked, how often), or null
 */
public record OperatorDecision(String decidedBy, String approvedBy, Long approvalRequestId, String evidence) {

    /** One operator, backed by what the vendor or the chain says. */
    public static OperatorDecision backedBy(String operator, String evidence) {
        return new OperatorDecision(operator, null, null, evidence);
    }

    /** A maker's decision a checker approved. */
    public static OperatorDecision approved(ApprovalRequest request, String checker) {
        return new OperatorDecision(request.maker(), checker, request.id(), null);
    }
}
