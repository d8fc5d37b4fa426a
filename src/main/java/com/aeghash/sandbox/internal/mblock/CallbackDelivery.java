package com.aeghash.sandbox.internal.mblock;

/**
 * What became of one transit's callback: delivered with an HTTP status, or not delivered (fault or error).
 *
 * @param status the receiver's HTTP status, or 0 when nothing was delivered
 */
public record CallbackDelivery(String transitToken, boolean result, int status, String note) {}
