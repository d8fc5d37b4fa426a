package com.aeghash.mining.internal.procurement;

import com.aeghash.mining.BackingReport;
import com.aeghash.mining.MiningProcurements;
import com.aeghash.mining.Procurement;
import com.aeghash.mining.ProcurementStatus;
import com.aeghash.mining.internal.backing.BackingService;
import java.util.List;
import org.springframework.stereotype.Service;

/** The read side other modules (the console) use. */
@Service
class MiningProcurementsService implements MiningProcurements {

    private final BackingService backing;
    private final ProcurementService procurements;

    MiningProcurementsService(BackingService backing, ProcurementService procurements) {
        this.backing = backing;
        this.procurements = procurements;
    }

    @Override
    public BackingReport backing() {
        return backing.report(false);
    }

    @Override
    public List<Procurement> procurements(ProcurementStatus status, int limit) {
        return procurements.list(status, limit);
    }

    @Override
    public List<Procurement> procurementsBefore(ProcurementStatus status, long beforeId, int limit) {
        return procurements.list(status, beforeId, limit);
    }
}
