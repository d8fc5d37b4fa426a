/**
 * Four eyes: actions that one operator (the maker) asks for and a different operator (the checker) approves,
 * rejects or lets expire; on approval the handler the asking module registered for the kind executes it.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"common", "audit", "idempotency", "notification", "security"})
package com.aeghash.approval;
