package com.aeghash.withdrawal.internal;

import com.aeghash.ledger.Asset;
import com.aeghash.withdrawal.PayoutGateway;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Picks the gateway of each asset: the real one when an adapter handles it, otherwise (sandbox only) the
 * {@link SimulatedPayoutGateway}, which is said loudly at start-up. Two real gateways for one asset stop the boot.
 */
@Component
class PayoutGateways {

    private static final Logger log = LoggerFactory.getLogger(PayoutGateways.class);
    private final Map<Asset, PayoutGateway> byAsset = new EnumMap<>(Asset.class);

    PayoutGateways(List<PayoutGateway> gateways) {
        List<Asset> simulated = new ArrayList<>();
        List<Asset> unavailable = new ArrayList<>();
        for (Asset asset : Asset.values()) {
            List<PayoutGateway> real = gateways.stream()
                    .filter(gateway -> !(gateway instanceof SimulatedPayoutGateway) && gateway.handles(asset)).toList();
            if (real.size() > 1) {
                throw new IllegalStateException("several payout gateways handle " + asset + ": " + real);
            }
            Optional<PayoutGateway> chosen = real.isEmpty()
                    ? gateways.stream().filter(gateway -> gateway.handles(asset)).findFirst() : Optional.of(real.get(0));
            chosen.ifPresentOrElse(gateway -> byAsset.put(asset, gateway), () -> unavailable.add(asset));
            if (chosen.isPresent() && chosen.get() instanceof SimulatedPayoutGateway) {
                simulated.add(asset);
            }
        }
        if (!simulated.isEmpty()) {
            log.warn("PAYOUTS ARE SIMULATED for {} (sandbox): approved withdrawals complete without any money "
                    + "leaving the platform", simulated);
        }
        log.info("withdrawals are refused for {}: no payout gateway handles them", unavailable);
    }

    Optional<PayoutGateway> forAsset(Asset asset) {
        return Optional.ofNullable(byAsset.get(asset));
    }

    boolean canPayOut(Asset asset) {
        return byAsset.containsKey(asset);
    }
}
