package com.aeghash.sandbox.internal.hashdam;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the simulated HashDam's charges are paid ({@code aeghash.sandbox.hashdam.charge.*}).
 *
 * @param tokenContract the token a charge must be paid in on the simulated chain; unset: any token
 */
@ConfigurationProperties("aeghash.sandbox.hashdam.charge")
record ChargeSandboxProperties(String tokenContract) {}
