package com.aeghash.mining.internal.etl;

import com.aeghash.ledger.Asset;
import java.math.BigDecimal;
import java.util.Map;

/**
 * One chunk of a daily ETL run as {@link EtlRunRepository#recordChunk} records it in the chunk's transaction: the
 * range it credited ({@code chunkNo}), the worker that did it, the members it processed and the amounts it credited
 * per coin.
 */
public record EtlChunk(int chunkNo, String worker, int members, Map<Asset, BigDecimal> credited) {}
