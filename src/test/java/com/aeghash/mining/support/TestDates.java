package com.aeghash.mining.support;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Past UTC dates never used before in this JVM, so ETL runs of tests sharing a database never meet. */
public final class TestDates {

    private static final LocalDate BASE =
            LocalDate.of(2021, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 300));
    private static final AtomicInteger NEXT = new AtomicInteger();

    private TestDates() {}

    public static LocalDate unusedPastDate() {
        return BASE.plusDays(NEXT.getAndIncrement());
    }
}
