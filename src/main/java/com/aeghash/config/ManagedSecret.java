package com.aeghash.config;

import com.aeghash.common.Secret;
import java.time.Duration;
import java.time.LocalDate;

/**
 * A credential whose identity and age the platform reports at start-up: the environment variable it came
 * from, the value (only ever shown as its fingerprint), when it was last rotated and how often it must be.
 */
public record ManagedSecret(String name, Secret value, LocalDate rotatedAt, Duration rotationPeriod) {}
