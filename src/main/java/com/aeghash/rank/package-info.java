/**
 * Ranks: every member's rank ({@code FREE}, {@code D0}...{@code D5}), the highest ever held and the history of
 * changes, kept current from the organization's registrations and the partner orders paid and refunded, and a
 * set-based full recomputation. Organization reads ranks through its own {@code NodeRanks} interface, which
 * this module implements, so nothing depends back on ranks through organization or partner.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"common", "audit", "organization", "partner", "bonus"})
package com.aeghash.rank;
