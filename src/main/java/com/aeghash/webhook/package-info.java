/**
 * Outbound webhooks to the member app: endpoints an administrator registers, one delivery per event and endpoint
 * recorded from the modules' events, sent in order per member, signed the Standard Webhooks way, retried, alerted.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "common",
            "audit",
            "bonus",
            "config",
            "mining",
            "notification",
            "rank",
            "wallet",
            "withdrawal"
        })
package com.aeghash.webhook;
