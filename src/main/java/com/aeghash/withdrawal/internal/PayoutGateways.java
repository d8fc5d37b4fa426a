package com.aeghash.withdrawal.internal;

import com.aeghash.ledger.Asset;
import com.aeghash.withdrawal.PayoutGateway;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Picks the gateway of each asset (coins: HashDam, POINT: the MBlock treasury, when enabled). An asset no
 * gateway handles cannot be withdrawn ({@code asset_not_withdrawable}); two gateways for one asset stop the boot,
 * since either could pay and neither would know of the other's payouts.
 */
@Component
class PayoutGateways {

    private static final Logger log = LoggerFactory.getLogger(PayoutGateways.class);
    private final Map<Asset, PayoutGateway> byAsset = new EnumMap<>(Asset.class);

    PayoutGateways(List<PayoutGateway> gateways) {
        List<Asset> unavailable = new ArrayList<>();
        for (Asset asset : Asset.memberAssets()) {
            List<PayoutGateway> handling =
                    gateways.stream().filter(gateway -> gateway.handles(asset)).toList();
            if (handling.size() > 1) {
                throw new IllegalStateException("several payout gateways handle " + asset + ": " + handling);
            }
            if (handling.isEmpty()) {
                unavailable.add(asset);
            } else {
                byAsset.put(asset, handling.get(0));
            }
        }
        Map<String, List<Asset>> assetsByGateway = new TreeMap<>();
        byAsset.forEach((asset, gateway) -> assetsByGateway
                .computeIfAbsent(gateway.getClass().getSimpleName(), name -> new ArrayList<>())
                .add(asset));
        assetsByGateway.forEach((gateway, assets) -> log.info("withdrawals of {} are paid out by {}", assets, gateway));
        log.info("withdrawals are refused for {}: no payout gateway handles them", unavailable);
    }

    Optional<PayoutGateway> forAsset(Asset asset) {
        return Optional.ofNullable(byAsset.get(asset));
    }

    boolean canPayOut(Asset asset) {
        return byAsset.containsKey(asset);
    }
}
