package com.aeghash.mining.internal.etl;

import com.aeghash.ledger.Asset;
import java.math.BigDecimal;
import java.util.Map;

/**
 * One committed chunk of a daily ETL run, as {@link EtlRunRepository#recordChunk} records it: the cursor it moves
 * from ({@code expectedCursor}, null = start) and to ({@code newCursor}), the members it processed and the amounts
 * it credited per coin.
 */
public record EtlChunk(String expectedCursor, String newCursor, int members, Map<Asset, BigDecimal> credited) {}
