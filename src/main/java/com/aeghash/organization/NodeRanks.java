package com.aeghash.organization;

import java.util.Collection;
import java.util.Map;

/**
 * The ranks shown on tree nodes and member reads. Organization owns this interface and the rank module implements
 * it, so the rank module depends on organization and never the other way round. Without an implementation nodes
 * show no rank.
 */
public interface NodeRanks {

    /** The current rank ({@code FREE}, {@code D0} ... {@code D5}) of each given member that has one. */
    Map<String, String> ranksOf(Collection<String> memberIds);
}
