/**
 * The operators' web console (Thymeleaf + htmx, form login): dashboards and work queues built only on the
 * other modules' public APIs. It owns no data.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "common",
            "approval",
            "audit",
            "bonus",
            "config",
            "ledger",
            "mining",
            "notification",
            "organization",
            "partner",
            "product",
            "rank",
            "risk",
            "security",
            "wallet",
            "webhook",
            "withdrawal"
        })
package com.aeghash.console;
