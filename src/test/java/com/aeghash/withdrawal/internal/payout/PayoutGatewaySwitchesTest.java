package com.aeghash.withdrawal.internal.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.aeghash.common.Secret;
import com.aeghash.config.MBlockTreasuryProperties;
import com.aeghash.mining.MiningWithdrawals;
import com.aeghash.wallet.Wallets;
import com.aeghash.withdrawal.PayoutGateway;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Which payout gateways exist under the two switches (the prod defaults first). */
class PayoutGatewaySwitchesTest {

    private static final String CONTRACT = "0x" + "c0".repeat(20);

    private ApplicationContextRunner runner(Secret treasuryKey) {
        return new ApplicationContextRunner()
                .withBean(MiningWithdrawals.class, () -> mock(MiningWithdrawals.class))
                .withBean(Wallets.class, () -> mock(Wallets.class))
                .withBean(Clock.class, Clock::systemUTC)
                .withBean(
                        MBlockTreasuryProperties.class,
                        () -> new MBlockTreasuryProperties(treasuryKey, null, Duration.ofDays(90), CONTRACT))
                .withUserConfiguration(HashDamPayoutGateway.class, TreasuryPayoutGateway.class);
    }

    @Test
    void byDefaultCoinsArePaidThroughHashDamAndPointIsNotPaidOut() {
        runner(null).run(context -> {
            assertThat(context).hasSingleBean(HashDamPayoutGateway.class);
            assertThat(context).doesNotHaveBean(TreasuryPayoutGateway.class);
        });
    }

    @Test
    void pointPayoutsSwitchedOnUseTheTreasuryAndCoinPayoutsCanBeSwitchedOff() {
        runner(Secret.of("switch-test-treasury-key-01"))
                .withPropertyValues(
                        "aeghash.withdrawal.point-payouts-enabled=true",
                        "aeghash.withdrawal.coin-payouts-enabled=false")
                .run(context -> {
                    assertThat(context).hasSingleBean(TreasuryPayoutGateway.class);
                    assertThat(context).doesNotHaveBean(HashDamPayoutGateway.class);
                    assertThat(context.getBeansOfType(PayoutGateway.class)).hasSize(1);
                });
    }

    @Test
    void pointPayoutsSwitchedOnWithoutTheTreasuryKeyStopTheStart() {
        runner(null)
                .withPropertyValues("aeghash.withdrawal.point-payouts-enabled=true")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("MBLOCK_TREASURY_WALLET_KEY"));
    }
}
