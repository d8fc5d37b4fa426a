package com.aeghash.partner.internal;

import com.aeghash.testsupport.TestSecrets;

/**
 * The partners of the partner integration tests (configured by {@link PartnerIntegrationTest}, whose
 * annotation values need these constants). Tests that count something per partner (rate limit, failure
 * alerts) have a partner of their own.
 */
final class TestPartners {

    static final String SHOP_KEY = "shop-key-0001";
    static final String SHOP_SECRET = "shop-secret-current-0123456789abcdef";
    /** Still accepted: the shop is in the middle of a rotation. */
    static final String SHOP_PREVIOUS_SECRET = "shop-secret-previous-0123456789abcdef";

    static final String FARAWAY_KEY = "faraway-key-0001";
    static final String FARAWAY_SECRET = "faraway-secret-0123456789abcdef-0123";
    static final String SLOW_KEY = "slow-key-0001";
    static final String SLOW_SECRET = "slow-secret-0123456789abcdef-01234567";
    static final String BRUTE_KEY = "brute-key-0001";
    static final String BRUTE_SECRET = "brute-secret-0123456789abcdef-012345";
    static final String MODERN_KEY = "modern-key-0001";
    static final String MODERN_SECRET = "modern-secret-0123456789abcdef-01234";
    /** The last day {@link #MODERN} accepted signature version 1: long past. */
    static final String MODERN_V1_UNTIL = "2001-01-01";

    /** The main partner; amount limits 10000 total, 5000 PV, 1000 hash power. */
    static final TestPartner SHOP = new TestPartner("shop", SHOP_KEY, SHOP_SECRET);
    /** Allowed only from 203.0.113.0/24. */
    static final TestPartner FARAWAY = new TestPartner("faraway", FARAWAY_KEY, FARAWAY_SECRET);
    /** One request per second. */
    static final TestPartner SLOW = new TestPartner("slow", SLOW_KEY, SLOW_SECRET);
    /** Target of the repeated-signature-failure alert test. */
    static final TestPartner BRUTE = new TestPartner("brute", BRUTE_KEY, BRUTE_SECRET);
    /** Moved to signature version 2: version 1 is refused since {@link #MODERN_V1_UNTIL}. */
    static final TestPartner MODERN = new TestPartner("modern", MODERN_KEY, MODERN_SECRET);

    static {
        for (String secret : new String[] {
            SHOP_SECRET, SHOP_PREVIOUS_SECRET, FARAWAY_SECRET, SLOW_SECRET, BRUTE_SECRET, MODERN_SECRET
        }) {
            TestSecrets.register(secret);
        }
    }

    private TestPartners() {}

    record TestPartner(String id, String keyId, String secret) {

        TestPartner withSecret(String otherSecret) {
            return new TestPartner(id, keyId, otherSecret);
        }
    }
}
