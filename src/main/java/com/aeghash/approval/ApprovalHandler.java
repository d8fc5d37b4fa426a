package com.aeghash.approval;

import com.aeghash.security.Role;
import java.util.Optional;
import java.util.Set;

/**
 * Executes the approved requests of one kind; the module owning the action registers it as a bean. The approval
 * module checks the checker (another person than the maker, holding one of {@link #checkerRoles}) and records what
 * {@link #execute} answers; an {@link com.aeghash.common.ApiException} it throws is the action's refusal (the request
 * ends {@code failed} with that problem), anything else is a bug or an outage and changes nothing.
 */
public interface ApprovalHandler {

    /** The kind it executes, e.g. {@code ledger.adjustment}: lower case, dots and underscores. */
    String kind();

    /** Who may approve or reject a request of this kind. */
    Set<Role> checkerRoles();

    /**
     * False (the default): the action only writes the database and runs inside the approval's transaction, so the
     * approval and its effect commit together or not at all. True: it calls a vendor, so it runs after the approval
     * committed, with no transaction open (atomic phases); then it must be safe to run again, because a request left
     * {@code executing} by a crash is executed again by the recovery job.
     */
    default boolean callsVendor() {
        return false;
    }

    /**
     * The member whose money the request moves, if any: an operator who is that member
     * ({@link com.aeghash.security.OperatorIdentity#isMember}) never decides it (409 {@code operator_is_member}).
     */
    default Optional<String> memberOf(ApprovalRequest request) {
        return Optional.empty();
    }

    /**
     * Does what the request asks, with the maker's and the checker's names for its own records.
     *
     * @return what it did, for the request's {@code result} (no secrets)
     */
    String execute(ApprovalRequest request, String checker);
}
