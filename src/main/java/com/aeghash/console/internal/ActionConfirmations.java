package com.aeghash.console.internal;

import com.aeghash.bonus.BonusClosing;
import com.aeghash.bonus.BonusEntryStatus;
import com.aeghash.bonus.ClosingPreview;
import com.aeghash.bonus.StatusTally;
import com.aeghash.mining.EtlRun;
import com.aeghash.partner.PartnerEvent;
import com.aeghash.product.Product;
import com.aeghash.wallet.WalletTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The confirmations of the console's actions other than a withdrawal's decisions: what each would do, built from
 * reads only. Amounts are shown as plain decimals with their asset; addresses are masked by the template.
 */
final class ActionConfirmations {

    private ActionConfirmations() {}

    /** Deciding an unknown wallet transaction: its amount, token, sender, recipient and the reconciler's finding. */
    static Confirmation walletDecision(WalletTransaction transaction, boolean succeeded, String txid, String note) {
        String action = "/console/wallet-transactions/" + transaction.id() + "/resolution";
        Confirmation confirmation = new Confirmation(
                        "Confirm: transaction " + transaction.id() + (succeeded ? " happened" : " did not happen"),
                        action,
                        "#wallet-unknown",
                        succeeded ? "Confirm: it happened" : "Confirm: it did not happen",
                        "/console/jobs")
                .fact("Kind", transaction.kind().code())
                .fact(
                        "Amount",
                        transaction.amount() == null ? "the whole token balance" : plain(transaction.amount()),
                        "amount")
                .address("Asset (token contract)", transaction.contract())
                .fact(
                        "Member · source",
                        (transaction.memberId() == null ? "—" : transaction.memberId()) + " · " + transaction.source())
                .address("From", transaction.fromAddress())
                .address("Destination", transaction.to())
                .fact("Reconciler's finding", transaction.checkNote(), "findings")
                .fact("Decision", succeeded ? "it happened" : "it did not happen")
                .fact("Txid", txid)
                .fact("Note", note)
                .field("outcome", succeeded ? "succeeded" : "failed")
                .field("txid", txid)
                .field("note", note);
        return succeeded ? confirmation : confirmation.danger();
    }

    /** Running the mining ETL of a date: what it credits, and the date's last run when one is shown. */
    static Confirmation etlRun(LocalDate date, Optional<EtlRun> lastRun) {
        return new Confirmation(
                        "Confirm the mining ETL of " + date,
                        "/console/jobs/etl-runs",
                        "#etl-runs",
                        "Confirm: run the ETL",
                        "/console/jobs")
                .fact("Date (UTC)", date)
                .fact(
                        "What it does",
                        "credits the coins mined that day to every member by the hash power held that day; "
                                + "an older date the schedule never ran becomes a request a second operator approves")
                .fact(
                        "This date's last run",
                        lastRun.map(run -> run.status().wireName() + ", " + run.processedMembers() + " of "
                                        + run.totalMembers() + " members processed")
                                .orElse("none shown"))
                .field("date", date.toString());
    }

    /** Running a bonus closing: what its preview says it would confirm and cancel, in POINT, and for how many. */
    static Confirmation closing(Instant cutoff, ClosingPreview preview) {
        Confirmation confirmation = new Confirmation(
                        "Confirm the bonus closing of " + cutoff,
                        "/console/bonus/closings",
                        "#closings",
                        "Confirm: run the closing",
                        "/console/bonus")
                .fact("Cut-off (UTC)", cutoff)
                .fact("Orders paid before", preview.paidBefore())
                .fact("Asset", "POINT", "asset")
                .fact("Amount confirmed (paid)", tally(preview.totals(), BonusEntryStatus.CONFIRMED), "amount")
                .fact("Amount cancelled", tally(preview.totals(), BonusEntryStatus.CANCELLED))
                .fact("Destination", preview.members() + " members' POINT balances", "destination");
        preview.bonusTypes()
                .forEach(type -> confirmation.fact(
                        "Confirmed, " + type.bonusType(), tally(type.statuses(), BonusEntryStatus.CONFIRMED)));
        return confirmation.field("cutoff", cutoff.toString());
    }

    /** Running again the closing a cut-off has already: it resumes a closing that stopped, or changes nothing. */
    static Confirmation existingClosing(Instant cutoff, Optional<BonusClosing> closing) {
        return new Confirmation(
                        "Confirm: resume the bonus closing of " + cutoff,
                        "/console/bonus/closings",
                        "#closings",
                        "Confirm: run the closing",
                        "/console/bonus")
                .fact("Cut-off (UTC)", cutoff)
                .fact("Asset", "POINT", "asset")
                .fact(
                        "This cut-off's closing",
                        closing.map(shown -> shown.id() + ": " + shown.status() + ", " + shown.processedEntries()
                                        + " of " + shown.totalEntries() + " entries processed, "
                                        + plain(shown.confirmedAmount()) + " POINT confirmed so far")
                                .orElse("exists (not among the recent closings shown)"))
                .fact("What it does", "resumes it where it stopped; a completed closing changes nothing")
                .field("cutoff", cutoff.toString());
    }

    /** Activating or deactivating a product on the version shown. */
    static Confirmation productStatus(Product product, long version, String status) {
        Confirmation confirmation = new Confirmation(
                        "Confirm: product " + product.sku() + " becomes " + status,
                        "/console/products/" + product.sku() + "/status",
                        "#product-catalogue",
                        "Confirm: " + status,
                        "/console/products")
                .fact("Product", product.sku() + " · " + product.name())
                .fact(
                        "Price",
                        plain(product.price().amount()) + " " + product.price().currency(),
                        "amount")
                .fact("PV", plain(product.pvAmount()))
                .fact("Status now", product.status())
                .fact("Status then", status)
                .fact("Version", version)
                .field("version", Long.toString(version))
                .field("status", status);
        return "ACTIVE".equals(status) ? confirmation : confirmation.danger();
    }

    /**
     * Re-processing a failed partner event: the request it runs again (which may pay an order or credit hash power)
     * under its idempotency key, and its first answer.
     */
    static Confirmation partnerReprocess(long id, boolean failedOnly, Optional<PartnerEvent> event) {
        Confirmation confirmation = new Confirmation(
                        "Confirm: re-process partner event " + id,
                        "/console/partners/events/" + id + "/reprocess",
                        "#partner-events",
                        "Confirm: re-process",
                        "/console/partners")
                .fact("Event", id)
                .field("failedOnly", Boolean.toString(failedOnly));
        event.ifPresentOrElse(
                shown -> confirmation
                        .fact("Partner · key", shown.partnerId() + " · " + shown.keyId())
                        .fact("Request run again", shown.method() + " " + shown.path())
                        .fact("Idempotency key", shown.idempotencyKey())
                        .fact("Received (UTC)", shown.receivedAt())
                        .fact(
                                "First answer",
                                shown.responseStatus()
                                        + (shown.responseCode() == null ? "" : " " + shown.responseCode())),
                () -> confirmation.fact("Request run again", "not among the latest failed events; see the event log"));
        return confirmation.fact(
                "What it does",
                "runs the request again under its idempotency key: an order or hash power it"
                        + " carries is paid or credited once, never twice");
    }

    private static String tally(List<StatusTally> tallies, BonusEntryStatus status) {
        return tallies.stream()
                .filter(tally -> tally.status() == status)
                .findFirst()
                .map(tally -> plain(tally.amount()) + " POINT (" + tally.entries() + " entries)")
                .orElse("0 POINT (0 entries)");
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "—" : amount.stripTrailingZeros().toPlainString();
    }
}
