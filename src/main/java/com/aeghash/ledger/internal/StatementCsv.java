package com.aeghash.ledger.internal;

import com.aeghash.common.Amounts;
import com.aeghash.ledger.StatementLine;
import com.aeghash.ledger.StatementPage;
import com.aeghash.ledger.StatementQuery;
import com.aeghash.ledger.Statements;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a statement as CSV (RFC 4180, a header row, CRLF lines, amounts as plain decimals as in JSON, times ISO-8601 UTC) while
 * reading it page by page through its cursor: memory holds one page whatever the statement's length, and each page
 * is a read of its own, so a long export holds no transaction open.
 */
final class StatementCsv {

    static final String[] HEADER = {
        "postedAt", "entryId", "reference", "kind", "description", "asset", "bucket", "amount", "balanceAfter"
    };

    private StatementCsv() {}

    static void write(Statements statements, StatementQuery query, int pageSize, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).get();
        try (CSVPrinter printer = new CSVPrinter(writer, format)) {
            String cursor = null;
            do {
                StatementPage page = statements.statement(query.withCursor(cursor, pageSize));
                for (StatementLine line : page.lines()) {
                    printer.printRecord(
                            line.postedAt(),
                            line.entryId(),
                            line.reference(),
                            line.kind().code(),
                            line.description(),
                            line.asset(),
                            line.bucket(),
                            Amounts.format(line.amount()),
                            Amounts.format(line.balanceAfter()));
                }
                printer.flush();
                cursor = page.nextCursor();
            } while (cursor != null);
        }
    }
}
