package com.aeghash.mining.internal.etl;

import java.time.LocalDate;

/**
 * Told after each chunk is written and before it commits. Production uses {@link #NONE}; tests throw from it
 * to stop a run in the middle the way a crash would (the chunk rolls back, the earlier ones stay).
 */
@FunctionalInterface
public interface EtlChunkListener {

    EtlChunkListener NONE = (date, processedMembers) -> {};

    void chunkWritten(LocalDate date, long processedMembers);
}
