package com.aeghash.common.web;

/**
 * What the security configuration says about one operation of the API document, beyond its {@code @PreAuthorize}
 * (implemented by the security module, which owns those rules): whether it is open to anyone, and whether a member
 * JWT may call it. The document is written from the rules themselves, so it cannot drift from them.
 */
public interface OperationAccess {

    /** Whether the path is open without a sign-in (a simulated vendor endpoint, ...). */
    boolean isOpen(String method, String path);

    /** Whether a member JWT may call the operation (for its own member only). */
    boolean admitsMemberToken(String method, String path);
}
