package com.aeghash.mining.internal;

import com.aeghash.common.RegisteredMembers;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Ledger;
import com.aeghash.mining.EtlRun;
import com.aeghash.mining.HashPowerChange;
import com.aeghash.mining.Mining;
import com.aeghash.mining.MiningBalanceRecord;
import com.aeghash.mining.ProjectSnapshot;
import com.aeghash.mining.internal.balances.MiningBalanceRepository;
import com.aeghash.mining.internal.etl.DailyProfitEtl;
import com.aeghash.mining.internal.hashpower.HashPowerAdjustmentRequest;
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
    private final Ledger ledger;

    public MiningService(
            ProjectSnapshotService snapshots,
            HashPowerService hashPower,
            MiningBalanceRepository balances,
            DailyProfitEtl etl,
            RegisteredMembers members,
            Ledger ledger) {
        this.members = members;
        this.ledger = ledger;
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
    public HashPowerChange adjustHashPower(
            String memberId, BigDecimal delta, String reason, String reference, String actor) {
        return hashPower.adjust(
                members.requireRegistered(memberId, "memberId"),
                HashPowerAdjustmentRequest.by(delta, reason, reference),
                actor);
    }

    @Override
    public HashPowerChange adjustHashPowerTo(
            String memberId, BigDecimal target, String reason, String reference, String actor) {
        return hashPower.adjust(
                members.requireRegistered(memberId, "memberId"),
                HashPowerAdjustmentRequest.to(target, reason, reference),
                actor);
    }

    /**
     * The stored figures with the ledger's hash power now: the stored column is the hash power the last run credited
     * (held during its day, possibly time-weighted) or the last adjustment left, and partner purchases never touch it.
     */
    @Override
    public Optional<MiningBalanceRecord> miningBalance(String memberId) {
        return balances.find(memberId)
                .map(stored -> new MiningBalanceRecord(
                        stored.memberId(),
                        ledger.balancesOf(memberId).of(Asset.HASHPOWER).available(),
                        stored.lastCreditedDate(),
                        stored.minedTotal(),
                        stored.updatedAt()));
    }

    @Override
    public Optional<EtlRun> etlRun(LocalDate date) {
        return etl.find(date);
    }

    @Override
    public List<EtlRun> recentEtlRuns(int limit) {
        return etl.recent(limit);
    }

    @Override
    public List<EtlRun> etlRunsBefore(LocalDate date, int limit) {
        return etl.before(date, limit);
    }
}
