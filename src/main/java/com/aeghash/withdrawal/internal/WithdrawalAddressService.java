package com.aeghash.withdrawal.internal;

import com.aeghash.audit.AuditLog;
import com.aeghash.common.ApiException;
import com.aeghash.common.MemberIds;
import com.aeghash.common.RegisteredMembers;
import com.aeghash.ledger.Asset;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members' whitelists of external payout addresses. Registering is audited; registering an address again
 * returns the first registration unchanged, so it cannot restart (or skip) the cooling period.
 */
@Service
@Transactional
class WithdrawalAddressService {

    private final WithdrawalAddressRepository addresses;
    private final PayoutGateways gateways;
    private final AuditLog auditLog;
    private final Clock clock;
    private final RegisteredMembers members;

    WithdrawalAddressService(
            WithdrawalAddressRepository addresses,
            PayoutGateways gateways,
            AuditLog auditLog,
            Clock clock,
            RegisteredMembers members) {
        this.members = members;
        this.addresses = addresses;
        this.gateways = gateways;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    WithdrawalAddressRepository.Registration register(
            String actor, String memberId, Asset asset, String address, String label) {
        MemberIds.require(memberId, "memberId");
        members.requireRegistered(memberId, "memberId");
        if (!gateways.canPayOut(asset)) {
            throw WithdrawalErrors.assetNotWithdrawable(asset);
        }
        String normalized = DestinationAddresses.normalize(asset, address, "address");
        var existing = addresses.find(memberId, asset, normalized);
        if (existing.isPresent()) {
            return new WithdrawalAddressRepository.Registration(existing.get(), false);
        }
        if (addresses.listOf(memberId).size() >= WithdrawalAddressRepository.PER_MEMBER_MAX) {
            throw new ApiException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "address_limit_reached",
                    null,
                    "a member may register at most " + WithdrawalAddressRepository.PER_MEMBER_MAX + " addresses",
                    Map.of());
        }
        var registration = addresses.register(
                new WithdrawalAddress(0, memberId, asset, normalized, label, clock.instant(), actor));
        if (registration.created()) {
            Map<String, String> details = new LinkedHashMap<>();
            details.put("asset", asset.name());
            details.put("address", normalized);
            auditLog.record(actor, "withdrawal-address.registered", memberId, details);
        }
        return registration;
    }

    /**
     * Removes an address from the member's whitelist (audited): later requests to it are refused; registering it again
     * starts its cooling period anew. Withdrawals already requested keep their destination. 404 when the member has no
     * address of that id.
     */
    void delete(String actor, String memberId, long id) {
        WithdrawalAddress deleted = addresses
                .delete(MemberIds.require(memberId, "memberId"), id)
                .orElseThrow(() -> ApiException.notFound("withdrawal address " + id + " of member " + memberId));
        Map<String, String> details = new LinkedHashMap<>();
        details.put("asset", deleted.asset().name());
        details.put("address", deleted.address());
        auditLog.record(actor, "withdrawal-address.deleted", memberId, details);
    }

    @Transactional(readOnly = true)
    List<WithdrawalAddress> list(String memberId) {
        return addresses.listOf(MemberIds.require(memberId, "memberId"));
    }
}
