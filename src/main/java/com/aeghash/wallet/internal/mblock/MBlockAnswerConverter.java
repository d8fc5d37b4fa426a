package com.aeghash.wallet.internal.mblock;

import com.aeghash.common.VendorOutcome;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;

/**
 * The one converter from every kind of MBlock answer that is not an accepted result to its {@link VendorOutcome}
 * ({@code SUCCEEDED} answers are returned as the call's result instead). The rule behind each case:
 * FAILED_DEFINITE only when the answer proves the vendor did not execute the call; UNKNOWN whenever a write
 * may have executed. For reads (balance, receipt, saved config) nothing executes either way, so an unclear
 * answer is a definite failure of the read.
 */
final class MBlockAnswerConverter {

    private MBlockAnswerConverter() {}

    /** A {@code result: false} answer; {@code error} is null when its message is not in the contract. */
    static VendorOutcome ofError(MBlockMethod method, MBlockError error) {
        if (error == null) {
            // An error text the contract does not list: we cannot know when it was raised, so a write may have
            // executed; a read changed nothing.
            return readsAreDefinite(method);
        }
        return switch (error) {
            // 1-4: refused at the gate (header missing, wrong key, caller IP, method not permitted): nothing ran.
            case NOT_FOUND_API_KEY, INVALID_API_KEY, UNAUTHORIZED_IP, NO_API_PERMISSION ->
                VendorOutcome.FAILED_DEFINITE;
            // 5 and 14 (same text as 10): the wallet key opens no wallet, so nothing could be signed.
            case INVALID_WALLET_KEY -> VendorOutcome.FAILED_DEFINITE;
            // 15: the wallet key has expired: nothing could be signed.
            case WALLET_EXPIRED -> VendorOutcome.FAILED_DEFINITE;
            // 6: token unknown to the vendor, checked before anything is built.
            case UNSUPPORTED_TOKEN -> VendorOutcome.FAILED_DEFINITE;
            // 7: amount missing or malformed, checked before anything is built.
            case VOLUME_REQUIRED -> VendorOutcome.FAILED_DEFINITE;
            // 8: token contract mismatch, checked before anything is built.
            case CONTRACT_INCORRECT -> VendorOutcome.FAILED_DEFINITE;
            // 10 (and 14): recipient or wallet address invalid, checked before anything is built.
            case WALLET_ADDRESS_INCORRECT -> VendorOutcome.FAILED_DEFINITE;
            // 16: zero amount or balance too low, checked before sending.
            case VOLUME_ZERO_OR_BALANCE_LOW -> VendorOutcome.FAILED_DEFINITE;
            // 17: balance (or gas) too low, checked before sending.
            case NOT_ENOUGH_BALANCE -> VendorOutcome.FAILED_DEFINITE;
            // 18: transit configuration rejected before the transit starts.
            case INVALID_CONFIGURATION -> VendorOutcome.FAILED_DEFINITE;
            // 12: the transfer WAS sent but no receipt came within ~10 s: it may still be mined. Never re-send.
            case RECEIPT_TIMEOUT -> VendorOutcome.UNKNOWN;
            // 9: a mined receipt without logs. receiptByHash: the lookup answered (the reconciler reads it as
            // inconclusive). From a write it means a transaction exists: it may have executed.
            case TRANSACTION_LOGS_NOT_FOUND -> readsAreDefinite(method);
            // 11: receiptByHash: a definite "no receipt (yet)". From a write: a transaction was sent whose
            // receipt is missing, so it may still be mined.
            case RECEIPT_NOT_FOUND -> readsAreDefinite(method);
            // 13: the chain node failed. A read changed nothing; a write may have been broadcast before the
            // node error surfaced (for refreshWallet: the key may have rotated).
            case RPC_ERROR -> readsAreDefinite(method);
        };
    }

    /** A non-2xx HTTP status whose body is not an MBlock error envelope (those go to {@link #ofError}). */
    static VendorOutcome ofHttpStatus(MBlockMethod method, int status) {
        if (status >= 500) {
            // 5xx, including a gateway's 502/504: the request may have been processed behind it.
            return readsAreDefinite(method);
        }
        if (status == 408) {
            // Request timeout: the server may have begun processing before giving up.
            return readsAreDefinite(method);
        }
        if (status >= 400) {
            // Any other 4xx: refused before processing (routing, authentication, size, rate limit).
            return VendorOutcome.FAILED_DEFINITE;
        }
        // 1xx/3xx are not part of the contract (redirects are not followed for a POST): a write may have been seen.
        return readsAreDefinite(method);
    }

    /**
     * A 2xx answer that breaks the contract: not JSON, no boolean {@code result}, or a success without the
     * field the method promises (txid, token, walletKey, ...). The vendor processed the request, so a write
     * may have executed; a read gave no usable answer.
     */
    static VendorOutcome ofMalformedAnswer(MBlockMethod method) {
        return readsAreDefinite(method);
    }

    /**
     * No answer at all. Connection refused, connect timeout or an unresolvable host prove the request never
     * left: definite (and transient, so worth repeating). Anything after the connection was made (read
     * timeout, connection reset, truncated response) may follow execution: unknown for a write.
     */
    static VendorOutcome ofTransportFailure(MBlockMethod method, Throwable failure) {
        if (neverSent(failure)) {
            return VendorOutcome.FAILED_DEFINITE;
        }
        return readsAreDefinite(method);
    }

    /** True when the failure happened before the request could reach the vendor. */
    static boolean neverSent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException
                    || cause instanceof HttpConnectTimeoutException
                    || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException
                    || cause instanceof UnresolvedAddressException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static VendorOutcome readsAreDefinite(MBlockMethod method) {
        return method.changesState() ? VendorOutcome.UNKNOWN : VendorOutcome.FAILED_DEFINITE;
    }
}
