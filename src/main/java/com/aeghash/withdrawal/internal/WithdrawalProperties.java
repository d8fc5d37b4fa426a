package com.aeghash.withdrawal.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Withdrawal workflow settings ({@code aeghash.withdrawal.*}), validated at boot. The job intervals are
 * {@code aeghash.withdrawal.batch.interval} and {@code aeghash.withdrawal.reconciliation.interval} (1m each),
 * read by the schedulers directly.
 *
 * @param twoStepRequired       two approvals by different people (default); false = one approval executes
 * @param distinctRolesRequired with two steps, one approver must act as OPERATIONS and the other as FINANCE
 * @param coinPayoutsEnabled    coins are paid out through HashDam (default); false = coin withdrawals are refused
 *                              ({@code asset_not_withdrawable}), a kill switch during a HashDam incident
 * @param pointPayoutsEnabled   POINT is paid out from the MBlock treasury wallet; off by default because it needs
 *                              the treasury's key and the token contract (the sandbox profile turns it on)
 */
@ConfigurationProperties("aeghash.withdrawal")
public record WithdrawalProperties(
        @DefaultValue("true") boolean twoStepRequired,
        @DefaultValue("false") boolean distinctRolesRequired,
        @DefaultValue Execution execution,
        @DefaultValue Batch batch,
        @DefaultValue Reconciliation reconciliation,
        @DefaultValue("true") boolean coinPayoutsEnabled,
        @DefaultValue("false") boolean pointPayoutsEnabled) {

    /** Read by the gateways' conditions; bound here too so they are documented and typed in one place. */
    public static final String COIN_PAYOUTS_ENABLED = "aeghash.withdrawal.coin-payouts-enabled";

    public static final String POINT_PAYOUTS_ENABLED = "aeghash.withdrawal.point-payouts-enabled";

    public WithdrawalProperties {
        if (reconciliation.staleExecutingAfter().compareTo(execution.callTimeout()) <= 0) {
            throw new IllegalArgumentException(
                    "aeghash.withdrawal.reconciliation.stale-executing-after must be longer"
                            + " than aeghash.withdrawal.execution.call-timeout, or a payout still in flight could be reconciled");
        }
    }

    /** @param callTimeout how long a gateway call may take before it is abandoned as unknown */
    public record Execution(@DefaultValue("60s") Duration callTimeout) {

        public Execution {
            requireBetween(callTimeout, Duration.ofSeconds(1), Duration.ofMinutes(10), "execution.call-timeout");
        }
    }

    /** @param size withdrawals the approval batch executes per run at most */
    public record Batch(@DefaultValue("50") int size) {

        public Batch {
            if (size < 1 || size > 1_000) {
                throw new IllegalArgumentException("aeghash.withdrawal.batch.size must be 1-1000");
            }
        }
    }

    /**
     * @param schedule             delays between the vendor look-ups of an unknown or submitted withdrawal;
     *                             after the last one an operator is alerted
     * @param staleExecutingAfter  an {@code executing} row this old was left by a crash and is reconciled
     * @param chunkSize            withdrawals reconciled per run at most
     */
    public record Reconciliation(
            @DefaultValue({"5m", "1h", "1d"}) List<Duration> schedule,
            @DefaultValue("10m") Duration staleExecutingAfter,
            @DefaultValue("100") int chunkSize) {

        public Reconciliation {
            schedule = List.copyOf(schedule);
            if (schedule.isEmpty() || schedule.size() > 20) {
                throw new IllegalArgumentException("aeghash.withdrawal.reconciliation.schedule needs 1-20 delays");
            }
            schedule.forEach(delay ->
                    requireBetween(delay, Duration.ofSeconds(1), Duration.ofDays(30), "reconciliation.schedule"));
            requireBetween(
                    staleExecutingAfter,
                    Duration.ofSeconds(2),
                    Duration.ofDays(1),
                    "reconciliation.stale-executing-after");
            if (chunkSize < 1 || chunkSize > 1_000) {
                throw new IllegalArgumentException("aeghash.withdrawal.reconciliation.chunk-size must be 1-1000");
            }
        }
    }

    private static void requireBetween(Duration value, Duration minimum, Duration maximum, String name) {
        if (value.compareTo(minimum) < 0 || value.compareTo(maximum) > 0) {
            throw new IllegalArgumentException("aeghash.withdrawal." + name + " must be between " + minimum + " and "
                    + maximum + ", got " + value);
        }
    }
}
