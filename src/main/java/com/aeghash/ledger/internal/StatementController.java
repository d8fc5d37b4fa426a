package com.aeghash.ledger.internal;

import com.aeghash.common.ApiException;
import com.aeghash.common.MemberIds;
import com.aeghash.common.web.ProblemCode;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.StatementPage;
import com.aeghash.ledger.StatementQuery;
import com.aeghash.ledger.Statements;
import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A member's statement, as JSON pages or as one streamed CSV file ({@code Accept: text/csv}). Guarded like the
 * member's balances: any authenticated caller the member paths admit.
 */
@RestController
class StatementController {

    static final String PATH = "/api/v1/members/{memberId}/statement";
    static final MediaType CSV = new MediaType("text", "csv");

    private final Statements statements;
    private final StatementProperties properties;

    StatementController(Statements statements, StatementProperties properties) {
        this.statements = statements;
        this.properties = properties;
    }

    /** Postings newest first with the balance after each; {@code nextCursor} asks for the next page. */
    @Operation(
            summary = "Get a member's statement",
            description =
                    "Postings newest first with the balance after each, a page at a time (`Accept: application/json`); `Accept: text/csv` streams every posting within the filters as one CSV file (no cursor), refused with 422 `statement_too_long` before the first byte when more than the configured maximum match.")
    @ProblemCode(status = 422, code = "statement_too_long")
    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    StatementPage statement(
            @PathVariable String memberId,
            @RequestParam(required = false) Asset asset,
            @RequestParam(required = false) Bucket bucket,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        return statements.statement(
                new StatementQuery(MemberIds.require(memberId, "memberId"), asset, bucket, from, to, cursor, limit));
    }

    /**
     * Every posting within the filters (no cursor: the whole statement) as CSV, streamed page by page; more than the configured maximum is a 422
     * {@code statement_too_long} (narrow {@code from}/{@code to}) answered before the first byte.
     */
    @Operation(
            summary = "Get a member's statement",
            description =
                    "Postings newest first with the balance after each, a page at a time (`Accept: application/json`); `Accept: text/csv` streams every posting within the filters as one CSV file (no cursor), refused with 422 `statement_too_long` before the first byte when more than the configured maximum match.")
    @ProblemCode(status = 422, code = "statement_too_long")
    @GetMapping(path = PATH, produces = "text/csv")
    ResponseEntity<StreamingResponseBody> csv(
            @PathVariable String memberId,
            @RequestParam(required = false) Asset asset,
            @RequestParam(required = false) Bucket bucket,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to) {
        StatementQuery query =
                new StatementQuery(MemberIds.require(memberId, "memberId"), asset, bucket, from, to, null, null);
        // the count checks the range too, so every parameter is refused (400) before the stream starts
        long rows = statements.countUpTo(query, properties.exportRowsMax());
        if (rows > properties.exportRowsMax()) {
            throw new ApiException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "statement_too_long",
                    null,
                    "more than " + properties.exportRowsMax() + " postings match; narrow from and to",
                    Map.of("rowsMax", properties.exportRowsMax()));
        }
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename("statement-" + query.memberId() + ".csv")
                .build();
        return ResponseEntity.ok()
                .contentType(new MediaType(CSV, StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(out -> StatementCsv.write(statements, query, properties.exportPageSize(), out));
    }
}
