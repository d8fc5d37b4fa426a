package com.aeghash.mining.internal;

import com.aeghash.common.RegisteredMembers;
import com.aeghash.mining.EtlRun;
import com.aeghash.mining.HashPowerChange;
import com.aeghash.mining.Mining;
import com.aeghash.mining.MiningBalanceRecord;
import com.aeghash.mining.ProjectSnapshot;
import com.aeghash.mining.internal.balances.MiningBalanceRepository;
import com.aeghash.mining.internal.etl.DailyProfitEtl;
import com.aeghash.mining.internal.hashpower.HashPowerService;
import com.aeghash.mining.internal.project.ProjectSnapshotService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** {@link Mining} over the module's parts; each part owns its transactions. */
@Service
public class MiningService implements Mining {

    private final ProjectSnapshotService snapshots;
    private final HashPowerService hashPower;
    private final MiningBalanceRepository balances;
    private final DailyProfitEtl etl;
    private final RegisteredMembers members;

    public MiningService(
            ProjectSnapshotService snapshots,
            HashPowerService hashPower,
            MiningBalanceRepository balances,
            DailyProfitEtl etl,
            RegisteredMembers members) {
        this.members = members;
        this.snapshots = snapshots;
        this.hashPower = hashPower;
        this.balances = balances;
        this.etl = etl;
    }

    @Override
    public ProjectSnapshot takeProjectSnapshot() {
        return snapshots.take();
    }

    @Override
    public Optional<ProjectSnapshot> latestProjectSnapshot() {
        return snapshots.latest();
    }

    @Override
    public HashPowerChange setHashPower(String memberId, BigDecimal amount, String reference, String actor) {
        return hashPower.set(members.requireRegistered(memberId, "memberId"), amount, reference, actor);
    }

    @Override
    public Optional<MiningBalanceRecord> miningBalance(String memberId) {
        return balances.find(memberId);
    }

    @Override
    public Optional<EtlRun> etlRun(LocalDate date) {
        return etl.find(date);
    }

    @Override
    public List<EtlRun> recentEtlRuns(int limit) {
        return etl.recent(limit);
    }
}
