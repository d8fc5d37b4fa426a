package com.aeghash.mining.internal.hashdam;

/** The paging block of a HashDam history answer. */
public record Pagination(int totalPage, long total, int currentPage, int count, boolean hasNext) {}
