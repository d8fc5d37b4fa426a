package com.aeghash.partner.internal.hashpower;

import com.aeghash.audit.AuditLog;
import com.aeghash.common.Amounts;
import com.aeghash.common.ApiException;
import com.aeghash.common.metrics.CommittedCounts;
import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.Ledger;
import com.aeghash.ledger.SystemAccount;
import com.aeghash.organization.OrganizationQueries;
import com.aeghash.partner.internal.PartnerResponses.HashpowerCredited;
import com.aeghash.partner.internal.settings.PartnerSettings;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hash power pushed by partners: credited to the member's {@code HASHPOWER} available balance from
 * {@code partner_funding} (the daily mining ETL reads it from there), once per partner reference, and only to
 * members registered in the organization (anything else would be hash power nobody can ever be paid for). Runs
 * inside the transaction that completes the idempotency key, so a refusal is stored and replayed like any other
 * business rejection.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class HashpowerCreditService {

    private final HashpowerAccrualRepository accruals;
    private final OrganizationQueries organization;
    private final Ledger ledger;
    private final AuditLog auditLog;
    private final Clock clock;
    private final CommittedCounts counts;

    /** Hash-power credits posted, per partner and source. */
    public static final String CREDITS_METRIC = "aeghash.partner.hashpower.credits";

    HashpowerCreditService(
            HashpowerAccrualRepository accruals,
            OrganizationQueries organization,
            Ledger ledger,
            AuditLog auditLog,
            Clock clock,
            MeterRegistry meters) {
        this.accruals = accruals;
        this.organization = organization;
        this.ledger = ledger;
        this.auditLog = auditLog;
        this.clock = clock;
        this.counts = new CommittedCounts(meters);
    }

    static String ledgerReference(String partnerId, String reference) {
        return "partner-hashpower:" + partnerId + ":" + reference;
    }

    public HashpowerCredited credit(PartnerSettings partner, HashpowerRequest request, HashpowerAccrual.Source source) {
        if (!organization.isRegistered(request.memberId())) {
            throw ApiException.unprocessable("unknown_member", "member " + request.memberId() + " is not registered");
        }
        HashpowerAccrual accrual = new HashpowerAccrual(
                partner.id(),
                request.reference(),
                request.memberId(),
                request.amount(),
                request.app(),
                source,
                ledgerReference(partner.id(), request.reference()),
                clock.instant());
        if (!accruals.insert(accrual)) {
            HashpowerAccrual earlier =
                    accruals.find(partner.id(), request.reference()).orElseThrow();
            if (!earlier.sameCreditAs(accrual)) {
                throw ApiException.conflict(
                        "reference_conflict",
                        "reference " + request.reference()
                                + " was already credited with a different member, amount or app");
            }
            return response(earlier);
        }
        ledger.post(EntryRequest.builder(accrual.ledgerReference(), "hash power from partner " + partner.id())
                .move(
                        AccountRef.system(SystemAccount.PARTNER_FUNDING, Asset.HASHPOWER),
                        AccountRef.member(request.memberId(), Asset.HASHPOWER, Bucket.AVAILABLE),
                        request.amount())
                .build());
        auditLog.record(
                "partner:" + partner.id(),
                "partner.hashpower_credited",
                request.memberId(),
                Map.of(
                        "keyId",
                        partner.keyId(),
                        "reference",
                        accrual.ledgerReference(),
                        "amount",
                        Amounts.format(request.amount()),
                        "source",
                        source.name()));
        counts.increment(
                CREDITS_METRIC,
                "hash-power credits ingested from partners",
                Tags.of("partner", partner.id(), "source", source.name()));
        return response(accrual);
    }

    private static HashpowerCredited response(HashpowerAccrual accrual) {
        return new HashpowerCredited(
                accrual.reference(), accrual.memberId(), accrual.amount(), Asset.HASHPOWER.name(), "credited");
    }
}
