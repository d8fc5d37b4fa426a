/**
 * Withdrawals: requests with funds on hold, two-person approval, execution through a {@link
 * com.aeghash.withdrawal.PayoutGateway} in atomic phases, reconciliation of unknown outcomes, and the audit trail.
 */
package com.aeghash.withdrawal;
