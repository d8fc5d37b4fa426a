package com.aeghash.partner.internal.events;

import com.aeghash.partner.internal.authentication.SignatureCheck;
import java.time.Instant;

/**
 * A row of the rejected-call counts: how many calls one instance refused for one reason within a flush interval,
 * instead of one inbound event per call. Calls whose key id names no partner, and failures from an address past its
 * failure budget, are counted this way, so a flood of them writes a handful of rows a minute whatever its size.
 *
 * @param partnerId       the partner the key id named; null when it named none
 * @param responseStatus  what the calls were answered (401, 403, or 429 past the failure budget)
 * @param addresses       distinct source addresses among the calls (at most {@value RejectedCallCounts#ADDRESSES_MAX}
 *                        are told apart; more count as that many)
 * @param busiestAddress  the address that sent most of them, with its count
 */
public record RejectedCalls(
        long id,
        Instant firstCallAt,
        Instant lastCallAt,
        SignatureCheck signatureCheck,
        String partnerId,
        int responseStatus,
        long calls,
        int addresses,
        String busiestAddress,
        long busiestAddressCalls) {

    RejectedCalls withId(long newId) {
        return new RejectedCalls(
                newId,
                firstCallAt,
                lastCallAt,
                signatureCheck,
                partnerId,
                responseStatus,
                calls,
                addresses,
                busiestAddress,
                busiestAddressCalls);
    }
}
