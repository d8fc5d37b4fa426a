package com.aeghash.partner.internal;

import com.aeghash.common.UnitOfWork;
import com.aeghash.testsupport.InMemoryTransactions;
import java.time.Duration;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** Small pieces for partner unit tests that run without Spring or a database. */
final class UnitTestSupport {

    private UnitTestSupport() {
    }

    static PartnerProperties properties() {
        return new PartnerProperties(Duration.ofSeconds(300), List.of(), Duration.ofHours(24), Duration.ofSeconds(60),
                3, Duration.ofMillis(1), 5, Duration.ofMinutes(5), Duration.ofDays(90));
    }

    /** Transactions that do nothing (the in-memory repositories have none), so UnitOfWork can be used as is. */
    static UnitOfWork unitOfWork() {
        return InMemoryTransactions.unitOfWork();
    }

    static PartnerProblems problems() {
        return new PartnerProblems(JsonMapper.builder().build());
    }

}
