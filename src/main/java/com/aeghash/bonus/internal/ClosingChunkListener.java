package com.aeghash.bonus.internal;

/**
 * Told of a closing's chunks as they happen, so tests can stop or kill a worker at a given point; the configured
 * closing has none ({@link #NONE}).
 */
interface ClosingChunkListener {

    ClosingChunkListener NONE = new ClosingChunkListener() {};

    /** The worker's claim on the range is committed; its chunk's transaction has not started. */
    default void claimed(long closingId, int chunkNo) {}

    /** The chunk's ledger entries are posted in its transaction; its entries are not moved yet. */
    default void posted(long closingId, int chunkNo) {}

    /** The chunk is written in its transaction, not committed yet. */
    default void written(long closingId, int chunkNo) {}
}
