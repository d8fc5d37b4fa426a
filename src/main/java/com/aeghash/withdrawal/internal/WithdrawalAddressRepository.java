package com.aeghash.withdrawal.internal;

import com.aeghash.ledger.Asset;
import java.util.List;
import java.util.Optional;

/** The whitelist of payout addresses; SQL and in memory. */
interface WithdrawalAddressRepository {

    int PER_MEMBER_MAX = 50;

    /**
     * Registers the address unless the member already registered it for the asset; the stored row is
     * returned either way, so registering again never moves {@code registeredAt} (nor shortens the cooling).
     */
    Registration register(WithdrawalAddress draft);

    Optional<WithdrawalAddress> find(String memberId, Asset asset, String address);

    /** The member's addresses, oldest first, at most {@link #PER_MEMBER_MAX}. */
    List<WithdrawalAddress> listOf(String memberId);

    /** Deletes the member's address of that id; the deleted row, empty when the member has none of that id. */
    Optional<WithdrawalAddress> delete(String memberId, long id);

    record Registration(WithdrawalAddress address, boolean created) {}
}
