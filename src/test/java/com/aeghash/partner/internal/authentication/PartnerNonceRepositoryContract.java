package com.aeghash.partner.internal.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.TestIds;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link PartnerNonceRepository} must do; run on memory, H2 and PostgreSQL. */
abstract class PartnerNonceRepositoryContract {

    private static final Instant NOW = Instant.parse("2026-11-26T10:15:30Z");
    private PartnerNonceRepository nonces;

    abstract PartnerNonceRepository createRepository();

    @BeforeEach
    void setUp() {
        nonces = createRepository();
    }

    @Test
    void aNonceIsAcceptedOncePerPartner() {
        String nonce = TestIds.unique("n");

        assertThat(nonces.claim("shop", nonce, NOW)).isTrue();
        assertThat(nonces.claim("shop", nonce, NOW.plusSeconds(1))).isFalse();
        assertThat(nonces.claim("other", nonce, NOW)).isTrue();
    }

    @Test
    void purgedNoncesCanBeUsedAgainButRecentOnesStay() {
        String old = TestIds.unique("n");
        String recent = TestIds.unique("n");
        nonces.claim("shop", old, NOW.minusSeconds(700));
        nonces.claim("shop", recent, NOW);

        int purged = nonces.purgeSeenBefore(NOW.minusSeconds(660), 100_000);

        assertThat(purged).isGreaterThanOrEqualTo(1);
        assertThat(nonces.claim("shop", recent, NOW)).isFalse();
        assertThat(nonces.claim("shop", old, NOW)).isTrue();
    }

    @Test
    void purgeStopsAtItsLimit() {
        Instant longAgo = Instant.parse("2001-01-01T00:00:00Z");
        for (int index = 0; index < 3; index++) {
            nonces.claim("limit", TestIds.unique("n"), longAgo);
        }

        assertThat(nonces.purgeSeenBefore(longAgo.plusSeconds(1), 2)).isEqualTo(2);
        assertThat(nonces.purgeSeenBefore(longAgo.plusSeconds(1), 2)).isEqualTo(1);
    }
}
