package com.aeghash.ledger.internal;

import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.JournalEntry;
import com.aeghash.ledger.SelectedCredits;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;

/**
 * The writes of {@link com.aeghash.ledger.BulkPosting#postSelectedCredits}: the caller's query is checked by one
 * statement (lines per reference and asset, the smallest amount), the references claimed
 * as by {@link EntryClaims} (a taken one is read back, only then, and checked to be a replay), and the lines of the
 * fresh entries staged by one {@code INSERT ... SELECT} from the query, with one {@code mining_income}-style counter
 * line per entry and asset (the sum the check read), the posting ids and the ids reserved for accounts still missing from fresh id blocks;
 * {@link StagedPostings#postCredits} does the rest (the missing accounts created inside the database, as for every batch;
 * the member rows locked and counted, which refuses a member account in more than one line: credits need no balance
 * check).
 */
final class SelectedCreditsPosting {

    private final JdbcTemplate jdbc;
    private final LedgerRepository repository;
    private final StagedPostings staged;

    SelectedCreditsPosting(JdbcTemplate jdbc, LedgerRepository repository, StagedPostings staged) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.staged = staged;
    }

    Set<String> post(SelectedCredits credits, Instant now) {
        if (credits.references().isEmpty()) {
            requireNoLines(credits);
            return Set.of();
        }
        Checked checked = checkedLines(credits);
        List<EntryRequest> claims = credits.references().stream()
                .map(reference -> new EntryRequest(reference, credits.description(), List.of()))
                .toList();
        Map<String, Long> fresh = repository.insertEntriesIfAbsent(claims, now);
        List<String> taken = credits.references().stream()
                .filter(reference -> !fresh.containsKey(reference))
                .toList();
        if (!taken.isEmpty()) {
            requireReplays(credits, taken);
        }
        if (fresh.isEmpty()) {
            return Set.of();
        }
        stageAndPost(credits, fresh, checked, now);
        return Set.copyOf(fresh.keySet());
    }

    /** Per reference its member lines, and per asset the sum of its lines (one counter line each). */
    private record Checked(Map<String, Long> lines, Map<String, Map<String, BigDecimal>> sums) {}

    /** Member lines and sums per reference and asset; refuses a query whose lines break the contract. */
    private Checked checkedLines(SelectedCredits credits) {
        Map<String, Long> lines = new HashMap<>();
        Map<String, Map<String, BigDecimal>> sums = new HashMap<>();
        Set<String> assets = new HashSet<>();
        jdbc.query(
                "SELECT c.reference, c.asset, COUNT(*) AS line_count, MIN(c.amount) AS smallest, SUM(c.amount) AS total"
                        + " FROM (" + credits.lines().sql() + ") c GROUP BY c.reference, c.asset",
                row -> {
                    String reference = row.getString("reference");
                    if (!credits.references().contains(reference)) {
                        throw new IllegalArgumentException("a selected credit has the unlisted reference " + reference);
                    }
                    if (row.getBigDecimal("smallest").signum() <= 0) {
                        throw new IllegalArgumentException("a selected credit of " + reference + " is not positive");
                    }
                    assets.add(row.getString("asset"));
                    lines.merge(reference, row.getLong("line_count"), Long::sum);
                    sums.computeIfAbsent(reference, key -> new TreeMap<>())
                            .put(row.getString("asset"), row.getBigDecimal("total"));
                },
                credits.lines().parameters().toArray());
        // members may hold each asset in the bucket (AccountRef refuses the others)
        assets.forEach(asset -> AccountRef.member("check", Asset.valueOf(asset), credits.bucket()));
        for (String reference : credits.references()) {
            if (!lines.containsKey(reference)) {
                throw new IllegalArgumentException("no selected credit has the reference " + reference);
            }
        }
        return new Checked(lines, sums);
    }

    private void requireNoLines(SelectedCredits credits) {
        Long lines = jdbc.queryForObject(
                "SELECT COUNT(*) FROM (" + credits.lines().sql() + ") c",
                Long.class,
                credits.lines().parameters().toArray());
        if (lines != null && lines > 0) {
            throw new IllegalArgumentException("selected credits without a listed reference");
        }
    }

    /** The taken references' selected lines, read only now, must be the stored entries' lines. */
    private void requireReplays(SelectedCredits credits, List<String> taken) {
        Map<String, EntryRequest.Builder> requests = new LinkedHashMap<>();
        Map<String, Map<Asset, BigDecimal>> counter = new HashMap<>();
        taken.forEach(reference -> requests.put(reference, EntryRequest.builder(reference, credits.description())));
        jdbc.query(
                "SELECT c.reference, c.member_id, c.asset, c.amount FROM ("
                        + credits.lines().sql() + ") c",
                row -> {
                    EntryRequest.Builder request = requests.get(row.getString("reference"));
                    if (request != null) {
                        Asset asset = Asset.valueOf(row.getString("asset"));
                        BigDecimal amount = row.getBigDecimal("amount");
                        request.add(AccountRef.member(row.getString("member_id"), asset, credits.bucket()), amount);
                        counter.computeIfAbsent(row.getString("reference"), key -> new HashMap<>())
                                .merge(asset, amount, BigDecimal::add);
                    }
                },
                credits.lines().parameters().toArray());
        Map<String, JournalEntry> stored = repository.findEntries(taken);
        requests.forEach((reference, request) -> {
            counter.getOrDefault(reference, Map.of())
                    .forEach((asset, sum) ->
                            request.add(AccountRef.system(credits.counterAccount(), asset), sum.negate()));
            JournalEntry previous = stored.get(reference);
            if (previous == null) {
                throw new IllegalStateException(
                        "reference " + reference + " is taken by a transaction that did not commit; retry");
            }
            ReplayCheck.requireSameLines(previous, request.build());
        });
    }

    /**
     * Stages the fresh entries' member lines from the query (read once more, the only time) and their counter lines
     * from the sums the check read: the query's rows must not change during the call (the mining run's are rows its
     * own transaction wrote); a different number of lines staged than checked is refused.
     */
    private void stageAndPost(SelectedCredits credits, Map<String, Long> fresh, Checked checked, Instant now) {
        List<String> references = new ArrayList<>(fresh.keySet());
        List<String> counterReferences = new ArrayList<>();
        List<String> counterAssets = new ArrayList<>();
        List<BigDecimal> counterAmounts = new ArrayList<>();
        references.forEach(reference -> checked.sums().get(reference).forEach((asset, sum) -> {
            counterReferences.add(reference);
            counterAssets.add(asset);
            counterAmounts.add(sum.negate());
        }));
        long memberLines = references.stream().mapToLong(checked.lines()::get).sum();
        long allLines = memberLines + counterReferences.size();
        long batch = staged.newBatch();
        List<Object> parameters = new ArrayList<>();
        parameters.add(batch);
        parameters.add(staged.blockStarts(allLines).toArray(Long[]::new));
        parameters.add(staged.blockStarts(allLines).toArray(Long[]::new));
        parameters.add(credits.bucket().name());
        parameters.addAll(credits.lines().parameters());
        parameters.add(AccountRef.system(credits.counterAccount(), Asset.USDT).ownerId());
        parameters.add(JdbcLedgerRepository.SYSTEM_BUCKET);
        parameters.add(counterReferences.toArray(String[]::new));
        parameters.add(counterAssets.toArray(String[]::new));
        parameters.add(counterAmounts.toArray(BigDecimal[]::new));
        parameters.add(references.toArray(String[]::new));
        parameters.add(references.stream().map(fresh::get).toArray(Long[]::new));
        int staged = jdbc.update(SelectedCreditsSql.stage(credits.lines().sql()), withArrays(parameters));
        if (staged != allLines) {
            throw new IllegalStateException("selected credits changed while posting");
        }
        this.staged.postCredits(batch, memberLines, now);
    }

    /** Sets the parameters, a {@code String[]}, {@code Long[]} or {@code BigDecimal[]} as an SQL array (the drivers differ on Java arrays). */
    static PreparedStatementSetter withArrays(List<Object> parameters) {
        return statement -> {
            for (int index = 0; index < parameters.size(); index++) {
                Object value = parameters.get(index);
                if (value instanceof String[] strings) {
                    statement.setArray(index + 1, statement.getConnection().createArrayOf("VARCHAR", strings));
                } else if (value instanceof Long[] longs) {
                    statement.setArray(index + 1, statement.getConnection().createArrayOf("BIGINT", longs));
                } else if (value instanceof BigDecimal[] decimals) {
                    statement.setArray(index + 1, statement.getConnection().createArrayOf("NUMERIC", decimals));
                } else {
                    StatementCreatorUtils.setParameterValue(statement, index + 1, SqlTypeValue.TYPE_UNKNOWN, value);
                }
            }
        };
    }
}
