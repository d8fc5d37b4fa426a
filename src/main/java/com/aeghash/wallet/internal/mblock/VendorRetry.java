package com.aeghash.wallet.internal.mblock;

import com.aeghash.wallet.internal.WalletProperties;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Repeats a vendor call only when its failure proved the request never reached the vendor (connection
 * refused, connect timeout): resilience4j {@link RetryConfig}, {@code send-attempts} attempts (3) with
 * exponential backoff. A vendor rejection would be answered the same way again, and an unknown outcome
 * must never be re-sent: both end the attempts at once.
 */
@Component
public class VendorRetry {

    private final RetryConfig config;

    public VendorRetry(WalletProperties properties) {
        this.config = RetryConfig.custom()
                .maxAttempts(properties.sendAttempts())
                .intervalFunction(
                        properties.retryFirstDelay().isZero()
                                ? IntervalFunction.of(1L)
                                : IntervalFunction.ofExponentialBackoff(
                                        properties.retryFirstDelay(), properties.retryMultiplier()))
                .retryOnException(VendorRetry::provesNothingWasSent)
                .build();
    }

    public <T> Attempted<T> call(String name, Supplier<T> call) {
        AtomicInteger attempts = new AtomicInteger();
        Retry retry = Retry.of(name, config);
        try {
            T value = retry.executeSupplier(() -> {
                attempts.incrementAndGet();
                return call.get();
            });
            return new Attempted<>(value, null, attempts.get());
        } catch (RuntimeException failure) {
            return new Attempted<>(null, failure, attempts.get());
        }
    }

    static boolean provesNothingWasSent(Throwable failure) {
        return failure instanceof MBlockNotExecutedException definite && definite.isTransient();
    }

    /** The value of a successful call, or the failure of the last attempt, and how many attempts were made. */
    public record Attempted<T>(T value, RuntimeException failure, int attempts) {

        public boolean succeeded() {
            return failure == null;
        }
    }
}
