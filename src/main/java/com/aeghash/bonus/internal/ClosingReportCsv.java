package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusEntryStatus;
import com.aeghash.bonus.ClosingReport;
import com.aeghash.bonus.StatusTally;
import com.aeghash.common.Amounts;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a closing's report as CSV (RFC 4180, a header row, CRLF lines, amounts as plain decimals as in JSON): one
 * row per member and bonus type, two columns (entries, amount) per status a closing can give, two for what it carried
 * ({@code carriedEntries}, {@code carriedAmount}), then {@code carriedDebt}: empty on those rows, a member's bonus debt
 * still owed after the closing on that member's row of its own (empty bonus type, zeros elsewhere). Read page by page
 * through the report's cursor so memory holds one page and no transaction stays open. The status columns follow
 * {@link BonusEntryStatus}: every status but {@code PENDING}, which a closing never leaves an entry in (what it left
 * pending is the carried columns).
 */
final class ClosingReportCsv {

    static final int PAGE_LINES = ClosingReports.LINES_MAX;
    static final List<BonusEntryStatus> STATUSES = Arrays.stream(BonusEntryStatus.values())
            .filter(status -> status != BonusEntryStatus.PENDING)
            .toList();

    private ClosingReportCsv() {}

    static String[] header() {
        List<String> columns = new ArrayList<>(List.of("memberId", "bonusType"));
        for (BonusEntryStatus status : STATUSES) {
            columns.add(columnOf(status) + "Entries");
            columns.add(columnOf(status) + "Amount");
        }
        columns.addAll(List.of("carriedEntries", "carriedAmount", "carriedDebt"));
        return columns.toArray(String[]::new);
    }

    static void write(ClosingReports reports, long closingId, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header()).get();
        try (CSVPrinter printer = new CSVPrinter(writer, format)) {
            String cursor = null;
            do {
                ClosingReport page = reports.report(closingId, cursor, PAGE_LINES);
                for (ClosingReport.MemberLine line : page.items()) {
                    printer.printRecord(row(line));
                }
                printer.flush();
                cursor = page.next();
            } while (cursor != null);
        }
    }

    private static List<Object> row(ClosingReport.MemberLine line) {
        boolean debt = line.bonusType() == null;
        List<Object> cells = new ArrayList<>(
                List.of(line.memberId(), debt ? "" : line.bonusType().name()));
        for (BonusEntryStatus status : STATUSES) {
            StatusTally tally = StatusTally.of(line.statuses(), status);
            cells.add(tally.entries());
            cells.add(Amounts.format(tally.amount()));
        }
        ClosingReport.Carried carried = debt ? ClosingReport.Carried.NONE : line.carried();
        cells.add(carried.entries());
        cells.add(Amounts.format(carried.amount()));
        cells.add(debt ? Amounts.format(line.carriedDebt()) : "");
        return cells;
    }

    /** {@code CLAWED_BACK} → {@code clawedBack}. */
    static String columnOf(BonusEntryStatus status) {
        StringBuilder name = new StringBuilder();
        for (String word : status.name().toLowerCase(Locale.ROOT).split("_")) {
            name.append(name.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return name.toString();
    }
}
