package com.aeghash.sandbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FaultInjectorTest {

    private final FaultInjector injector = new FaultInjector(Duration.ofMillis(1));

    @Test
    void noPlanMeansNoFault() {
        assertThat(injector.decide("mblock", "balanceOf").kind()).isEqualTo(Fault.Kind.NONE);
    }

    @Test
    void limitedPlanAppliesOnlyToItsCalls() {
        injector.set("hashdam", "assetWithdrawRequest", FaultPlan.dropResponseOnce(FaultPlan.DropMode.GATEWAY_ERROR));

        assertThat(injector.decide("hashdam", "assetWithdrawRequest").kind()).isEqualTo(Fault.Kind.DROP_RESPONSE);
        assertThat(injector.decide("hashdam", "assetWithdrawRequest").kind()).isEqualTo(Fault.Kind.NONE);
        assertThat(injector.plans()).isEmpty();
    }

    @Test
    void certainErrorCarriesTheVendorMessage() {
        injector.set(
                "mblock",
                "transferByWalletKey",
                FaultPlan.alwaysError("Request Time out, Transaction receipt not found."));

        Fault fault = injector.decide("mblock", "transferByWalletKey");

        assertThat(fault.kind()).isEqualTo(Fault.Kind.ERROR);
        assertThat(fault.errorMessage()).isEqualTo("Request Time out, Transaction receipt not found.");
        assertThat(injector.decide("mblock", "balanceOf").kind()).isEqualTo(Fault.Kind.NONE);
    }

    @Test
    void hangAndLatencyAreReported() {
        injector.set("mblock", "balanceOf", new FaultPlan(0, null, Duration.ofMillis(5), false, false, null, -1));
        injector.set("mblock", "receiptByHash", FaultPlan.hangOnce());

        assertThat(injector.decide("mblock", "balanceOf").latency()).isEqualTo(Duration.ofMillis(5));
        assertThat(injector.decide("mblock", "receiptByHash").kind()).isEqualTo(Fault.Kind.HANG);
    }
}
