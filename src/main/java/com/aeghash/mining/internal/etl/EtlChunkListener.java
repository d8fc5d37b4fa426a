package com.aeghash.mining.internal.etl;

import java.time.LocalDate;

/**
 * Told after each chunk's credits are written, before its range is recorded done and it commits (with the count of
 * members this instance processed in the run, this chunk included). Production uses {@link #NONE}; tests throw from it
 * to stop a run in the middle the way a crash would (the chunk rolls back, the earlier ones stay).
 */
@FunctionalInterface
public interface EtlChunkListener {

    EtlChunkListener NONE = (date, processedMembers) -> {};

    void chunkWritten(LocalDate date, long processedMembers);
}
