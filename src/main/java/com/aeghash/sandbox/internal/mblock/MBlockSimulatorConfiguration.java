package com.aeghash.sandbox.internal.mblock;

import com.aeghash.sandbox.internal.FaultInjector;
import com.aeghash.sandbox.internal.ThisServer;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The simulated MBlock exists only when {@code aeghash.sandbox.enabled=true}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "aeghash.sandbox.enabled", havingValue = "true")
class MBlockSimulatorConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MBlockSimulatorConfiguration.class);

    /**
     * The chain, with the transit fee wallet funded so transits work out of the box, and the treasury wallet
     * holding POINT tokens so POINT withdrawals can be paid out.
     */
    @Bean
    SimulatedChain simulatedChain(MBlockSimulatorProperties properties, MBlockTreasurySeed treasury, Clock clock) {
        SimulatedChain chain = new SimulatedChain(properties.gasPerTransfer(), clock);
        if (properties.feeWalletKey() != null) {
            String feeWallet = chain.adoptWallet(properties.feeWalletKey().reveal());
            chain.fund(feeWallet, null, properties.feeWalletBnb());
            log.info(
                    "simulated MBlock: transit fee wallet {} funded with {} BNB", feeWallet, properties.feeWalletBnb());
        }
        if (treasury.configured()) {
            String treasuryWallet = chain.adoptWallet(treasury.walletKey().reveal());
            chain.fund(treasuryWallet, null, treasury.bnb());
            chain.fund(treasuryWallet, treasury.tokenContract(), treasury.tokenBalance());
            if (treasury.procurementTokenContract() != null) {
                chain.fund(treasuryWallet, treasury.procurementTokenContract(), treasury.procurementTokenBalance());
            }
            log.info(
                    "simulated MBlock: treasury wallet {} funded with {} of token {} and {} BNB",
                    treasuryWallet,
                    treasury.tokenBalance().toPlainString(),
                    treasury.tokenContract(),
                    treasury.bnb().toPlainString());
        }
        return chain;
    }

    @Bean
    TransitRunner transitRunner(SimulatedChain chain, FaultInjector faults, MBlockSimulatorProperties properties) {
        return new TransitRunner(chain, faults, properties);
    }

    @Bean
    MBlockSimulator mblockSimulator(
            MBlockSimulatorProperties properties,
            SimulatedChain chain,
            TransitRunner transits,
            FaultInjector faults,
            ThisServer server) {
        MBlockMethods methods = new MBlockMethods(chain, transits, properties, new OwnCallbackTarget(server::port));
        return new MBlockSimulator(properties, methods, faults);
    }
}
