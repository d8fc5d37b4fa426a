package com.aeghash.console.internal;

import java.util.List;

/**
 * One page of a console list read by {@link ConsolePaging}: its rows, the link to the first page (null on it) and
 * to the next one (null on the last), with the words the pager shows for them.
 */
record ConsolePage<T>(List<T> items, String first, String next, String firstLabel, String nextLabel) {

    boolean isEmpty() {
        return items.isEmpty();
    }
}
