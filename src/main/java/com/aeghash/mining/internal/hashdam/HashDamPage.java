package com.aeghash.mining.internal.hashdam;

import java.util.List;

/** One page of a HashDam history. */
public record HashDamPage<T>(List<T> items, Pagination pagination) {

    public HashDamPage {
        items = List.copyOf(items);
    }
}
