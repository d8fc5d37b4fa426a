package com.aeghash.partner.internal.hashpower;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.TestIds;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link HashpowerAccrualRepository} must do; run on memory, H2 and PostgreSQL. */
abstract class HashpowerAccrualRepositoryContract {

    private static final Instant NOW = Instant.parse("2026-11-26T10:15:30.123456Z");
    private HashpowerAccrualRepository accruals;

    abstract HashpowerAccrualRepository createRepository();

    @BeforeEach
    void setUp() {
        accruals = createRepository();
    }

    @Test
    void aReferenceIsStoredOncePerPartnerAndReadBack() {
        String reference = TestIds.unique("hp");
        HashpowerAccrual accrual = new HashpowerAccrual(
                "shop",
                reference,
                "m-1",
                new BigDecimal("12.12345678"),
                "miner",
                HashpowerAccrual.Source.LEGACY,
                "partner-hashpower:shop:" + reference,
                NOW);

        assertThat(accruals.insert(accrual)).isTrue();
        assertThat(accruals.insert(accrual)).isFalse();
        assertThat(accruals.insert(new HashpowerAccrual(
                        "mall",
                        reference,
                        "m-1",
                        BigDecimal.ONE,
                        null,
                        HashpowerAccrual.Source.API,
                        "partner-hashpower:mall:" + reference,
                        NOW)))
                .isTrue();

        HashpowerAccrual found = accruals.find("shop", reference).orElseThrow();
        assertThat(found.sameCreditAs(accrual)).isTrue();
        assertThat(found.source()).isEqualTo(HashpowerAccrual.Source.LEGACY);
        assertThat(found.ledgerReference()).isEqualTo(accrual.ledgerReference());
        assertThat(found.creditedAt().truncatedTo(ChronoUnit.MICROS)).isEqualTo(NOW.truncatedTo(ChronoUnit.MICROS));
        assertThat(accruals.find("mall", reference).orElseThrow().app()).isNull();
        assertThat(accruals.find("shop", "missing-" + reference)).isEmpty();
    }
}
