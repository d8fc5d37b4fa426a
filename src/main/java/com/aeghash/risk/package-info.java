/**
 * Risk engine: rules evaluated for each withdrawal (amount, velocity, IP, new device, destination whitelist, sales
 * cap), their findings recorded in {@code risk_events} and alerted, and the devices each member has used.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "ledger", "notification", "partner"})
package com.aeghash.risk;
