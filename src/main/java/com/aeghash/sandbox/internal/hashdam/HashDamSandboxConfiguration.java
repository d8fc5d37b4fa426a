package com.aeghash.sandbox.internal.hashdam;

import com.aeghash.sandbox.internal.mblock.SimulatedChain;
import com.aeghash.sandbox.internal.mblock.SimulatedReceipt;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The simulated HashDam vendor exists only when {@code aeghash.sandbox.enabled=true}. Its hash-credit charges are
 * paid on the simulated MBlock chain: a charge is credited once transfers to its deposit address (of the token
 * {@code aeghash.sandbox.hashdam.charge.token-contract}, any token when unset) add up to its amount, plus the
 * confirmation delay {@code charge-completion-delay}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "aeghash.sandbox.enabled", havingValue = "true")
class HashDamSandboxConfiguration {

    @Bean
    HashDamSimulator hashDamSimulator(
            HashDamSandboxProperties properties, ChargeSandboxProperties charge, SimulatedChain chain, Clock clock) {
        return new HashDamSimulator(properties, clock, paidOn(chain, charge.tokenContract()));
    }

    static ChargePayments paidOn(SimulatedChain chain, String tokenContract) {
        return (address, amount, createdAt) -> {
            List<SimulatedReceipt> oldestFirst = new ArrayList<>(chain.receiptsOf(address));
            Collections.reverse(oldestFirst);
            BigDecimal received = BigDecimal.ZERO;
            for (SimulatedReceipt receipt : oldestFirst) {
                if (receipt.to().equalsIgnoreCase(address) && sameToken(receipt.token(), tokenContract)) {
                    received = received.add(receipt.amount());
                    if (received.compareTo(amount) >= 0) {
                        return Optional.of(latest(receipt.at(), createdAt));
                    }
                }
            }
            return Optional.empty();
        };
    }

    private static boolean sameToken(String paid, String expected) {
        return expected == null || expected.isBlank() || expected.equalsIgnoreCase(paid);
    }

    private static Instant latest(Instant first, Instant second) {
        return first.isAfter(second) ? first : second;
    }
}
