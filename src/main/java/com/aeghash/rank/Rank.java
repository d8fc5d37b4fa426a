package com.aeghash.rank;

/** The ranks in ascending order; {@link #level()} is the number stored (FREE = 0, D0 = 1, ... D5 = 6). */
public enum Rank {
    FREE,
    D0,
    D1,
    D2,
    D3,
    D4,
    D5;

    public int level() {
        return ordinal();
    }

    public static Rank ofLevel(int level) {
        return values()[level];
    }

    /** The highest rank. */
    public static Rank top() {
        return D5;
    }
}
