package com.aeghash.wallet;

/**
 * An operator's decision about a transaction whose outcome stayed unknown.
 *
 * @param succeeded true: it happened on chain; false: it did not
 * @param txid      the hash found on the chain explorer, when known
 * @param note      why (kept in the transaction and the audit trail)
 */
public record Resolution(boolean succeeded, String txid, String note) {}
