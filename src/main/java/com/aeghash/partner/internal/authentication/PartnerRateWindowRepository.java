package com.aeghash.partner.internal.authentication;

/**
 * The permits each partner took in each one-second window, shared by every instance ({@code partner_rate_windows}).
 */
public interface PartnerRateWindowRepository {

    /**
     * Takes one permit of the partner's window if fewer than {@code limit} were taken in it; false when the window is
     * full. Never counts past the limit, however many callers ask at once.
     */
    boolean take(String partnerId, long windowStart, int limit);

    /**
     * Takes {@code wanted} permits of the partner's window at once when that many are left in it, else one as
     * {@link #take} does; returns how many it took ({@code wanted}, 1 or 0). Never counts past the limit.
     */
    int takeBlock(String partnerId, long windowStart, int limit, int wanted);

    /** Deletes up to {@code limit} windows that started before {@code windowStart}; returns how many. */
    int purgeBefore(long windowStart, int limit);
}
