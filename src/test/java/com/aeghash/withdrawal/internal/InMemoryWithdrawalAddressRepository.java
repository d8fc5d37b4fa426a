package com.aeghash.withdrawal.internal;

import com.aeghash.ledger.Asset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The payout address whitelist in memory, for unit tests. */
class InMemoryWithdrawalAddressRepository implements WithdrawalAddressRepository {

    private final List<WithdrawalAddress> addresses = new ArrayList<>();

    @Override
    public synchronized Registration register(WithdrawalAddress draft) {
        Optional<WithdrawalAddress> existing = find(draft.memberId(), draft.asset(), draft.address());
        if (existing.isPresent()) {
            return new Registration(existing.get(), false);
        }
        WithdrawalAddress stored = new WithdrawalAddress(
                addresses.size() + 1L,
                draft.memberId(),
                draft.asset(),
                draft.address(),
                draft.label(),
                draft.registeredAt(),
                draft.registeredBy());
        addresses.add(stored);
        return new Registration(stored, true);
    }

    @Override
    public synchronized Optional<WithdrawalAddress> find(String memberId, Asset asset, String address) {
        return addresses.stream()
                .filter(stored -> stored.memberId().equals(memberId)
                        && stored.asset() == asset
                        && stored.address().equals(address))
                .findFirst();
    }

    @Override
    public synchronized Optional<WithdrawalAddress> delete(String memberId, long id) {
        Optional<WithdrawalAddress> found = addresses.stream()
                .filter(stored -> stored.id() == id && stored.memberId().equals(memberId))
                .findFirst();
        found.ifPresent(addresses::remove);
        return found;
    }

    @Override
    public synchronized List<WithdrawalAddress> listOf(String memberId) {
        return addresses.stream()
                .filter(stored -> stored.memberId().equals(memberId))
                .limit(PER_MEMBER_MAX)
                .toList();
    }
}
