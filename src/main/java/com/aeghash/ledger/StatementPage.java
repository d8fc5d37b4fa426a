package com.aeghash.ledger;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One page of a member's statement, newest first; {@code nextCursor} asks for the next (older) page and is null on
 * the last one. In JSON they are {@code items} and {@code next}, the shape of every list of the API
 * ({@code common.web.CursorPage}).
 */
public record StatementPage(
        String memberId,
        @JsonProperty("items") List<StatementLine> lines,
        @JsonProperty("next") String nextCursor) {}
