package com.aeghash.organization;

import java.time.Instant;
import java.util.List;

/**
 * Finds registered members for operators: by member id prefix, display name prefix (any case) or referral code
 * (exact, any case), a page at a time in member id order.
 */
public interface MemberDirectory {

    /** The most members one page holds. */
    int PAGE_MAX = 100;

    /**
     * Members matching {@code query}, after member id {@code after} (null for the first page), at most
     * {@code limit} (capped at {@link #PAGE_MAX}); one more than asked tells the caller a next page exists when it
     * asks for {@code limit + 1}.
     *
     * @throws com.aeghash.common.ApiException 400 {@code validation_failed} for a blank or over-long query
     */
    List<Entry> search(String query, String after, int limit);

    /** One member as the directory lists it; {@code name} null when none was given. */
    record Entry(String memberId, String name, String referralCode, Instant registeredAt) {}
}
