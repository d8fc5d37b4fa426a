package com.aeghash.ledger;

import java.util.List;

/**
 * One page of a member's statement, newest first; {@code nextCursor} asks for the next (older) page and is null on
 * the last one.
 */
public record StatementPage(String memberId, List<StatementLine> lines, String nextCursor) {}
