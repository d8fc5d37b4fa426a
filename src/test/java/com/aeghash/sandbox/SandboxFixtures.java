package com.aeghash.sandbox;

import com.aeghash.sandbox.internal.FaultInjector;
import com.aeghash.sandbox.internal.hashdam.HashDamSimulator;
import com.aeghash.sandbox.internal.mblock.MBlockSimulator;
import com.aeghash.sandbox.internal.mblock.SimulatedChain;
import com.aeghash.sandbox.internal.mblock.TransitRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The sandbox fixtures as beans of an application context that runs the simulators. Imported by
 * {@code @IntegrationTest} and {@code @PostgresIntegrationTest}, so every such context has them and other
 * modules' tests autowire the fixtures instead of the sandbox's internal beans.
 */
@TestConfiguration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "aeghash.sandbox.enabled", havingValue = "true")
public class SandboxFixtures {

    @Bean
    MBlockSandbox mblockSandbox(MBlockSimulator simulator, SimulatedChain chain, TransitRunner transits) {
        return new MBlockSandbox(simulator, chain, transits);
    }

    @Bean
    HashDamSandbox hashDamSandbox(HashDamSimulator simulator) {
        return new HashDamSandbox(simulator);
    }

    @Bean
    SandboxFaults sandboxFaults(FaultInjector faults) {
        return new SandboxFaults(faults);
    }
}
