package com.aeghash.partner.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The test partners of {@link TestPartners} and {@link PartnerMembers}, on top of {@code @IntegrationTest} or
 * {@code @PostgresIntegrationTest}; classes with the same pair share one context. Orders run through the real
 * bonus engine and organization.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Import(PartnerMembers.class)
@TestPropertySource(
        properties = {
            "AEGMALL_SHOP_KEY=" + TestPartners.SHOP_KEY,
            "AEGMALL_SHOP_SECRET=" + TestPartners.SHOP_SECRET,
            "AEGMALL_SHOP_SECRET_PREVIOUS=" + TestPartners.SHOP_PREVIOUS_SECRET,
            "AEGMALL_SHOP_ALLOWED_IPS=127.0.0.1/32,::1/128",
            "AEGMALL_SHOP_ROTATED_AT=2026-11-01",
            "AEGMALL_SHOP_RATE_LIMIT_PER_SECOND=100000",
            "AEGMALL_SHOP_ORDER_TOTAL_MAX=10000",
            "AEGMALL_SHOP_ORDER_PV_MAX=5000",
            "AEGMALL_SHOP_HASHPOWER_MAX=1000",
            "AEGMALL_FARAWAY_KEY=" + TestPartners.FARAWAY_KEY,
            "AEGMALL_FARAWAY_SECRET=" + TestPartners.FARAWAY_SECRET,
            "AEGMALL_FARAWAY_ALLOWED_IPS=203.0.113.0/24",
            "AEGMALL_SLOW_KEY=" + TestPartners.SLOW_KEY,
            "AEGMALL_SLOW_SECRET=" + TestPartners.SLOW_SECRET,
            "AEGMALL_SLOW_RATE_LIMIT_PER_SECOND=1",
            "AEGMALL_BRUTE_KEY=" + TestPartners.BRUTE_KEY,
            "AEGMALL_BRUTE_SECRET=" + TestPartners.BRUTE_SECRET,
            "AEGMALL_MODERN_KEY=" + TestPartners.MODERN_KEY,
            "AEGMALL_MODERN_SECRET=" + TestPartners.MODERN_SECRET,
            "AEGMALL_MODERN_SIGNATURE_V1_UNTIL=" + TestPartners.MODERN_V1_UNTIL,
            "aeghash.partner.trusted-proxies=127.0.0.1/32,::1/128",
            // every failing call of these classes comes from 127.0.0.1: the budget is tested with a small one in
            // PartnerUnauthenticatedCallsIT
            "aeghash.partner.failures-per-address=1000",
            "aeghash.idempotency.retry-backoff=5ms"
        })
@interface WithTestPartners {}
