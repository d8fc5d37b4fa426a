package com.aeghash.mining.internal.project;

import com.aeghash.common.UnitOfWork;
import com.aeghash.mining.ProjectSnapshot;
import com.aeghash.mining.internal.HashDamUnavailable;
import com.aeghash.mining.internal.hashdam.AssetBalances;
import com.aeghash.mining.internal.hashdam.HashBalance;
import com.aeghash.mining.internal.hashdam.HashDamClient;
import com.aeghash.mining.internal.hashdam.HashDamException;
import com.aeghash.mining.internal.hashdam.HashRateRecent;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Reads the project's figures from HashDam (no transaction open) and stores them in one short transaction. */
@Service
public class ProjectSnapshotService {

    private final HashDamClient hashDam;
    private final ProjectSnapshotRepository snapshots;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ProjectSnapshotService(
            HashDamClient hashDam, ProjectSnapshotRepository snapshots, UnitOfWork unitOfWork, Clock clock) {
        this.hashDam = hashDam;
        this.snapshots = snapshots;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    public ProjectSnapshot take() {
        HashBalance hash;
        AssetBalances assets;
        HashRateRecent rate;
        try {
            hash = hashDam.hashBalance();
            assets = hashDam.assetBalance();
            rate = hashDam.hashRateRecently();
        } catch (HashDamException failure) {
            throw HashDamUnavailable.of(failure);
        }
        Map<String, ProjectSnapshot.AssetBalance> coins = new LinkedHashMap<>();
        assets.coins()
                .forEach((coin, balance) ->
                        coins.put(coin, new ProjectSnapshot.AssetBalance(balance.balance(), balance.available())));
        ProjectSnapshot snapshot = new ProjectSnapshot(
                0,
                clock.instant(),
                new ProjectSnapshot.HashBalance(hash.date(), hash.credit(), hash.power()),
                coins,
                new ProjectSnapshot.HashRate(
                        rate.measuredAt(),
                        rate.hashRate24h(),
                        rate.hashRate1h(),
                        rate.hashRate10m(),
                        rate.efficiencyPercent(),
                        rate.rejectPercent()));
        return unitOfWork.inNewTransaction(() -> snapshots.insert(snapshot));
    }

    public Optional<ProjectSnapshot> latest() {
        return snapshots.latest();
    }
}
