package com.aeghash.testsupport;

import java.util.UUID;

/** Unique ids per test, so tests sharing a cached context and database never collide. */
public final class TestIds {

    private TestIds() {}

    public static String member() {
        return "m-" + UUID.randomUUID().toString().substring(0, 13);
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
    }
}
