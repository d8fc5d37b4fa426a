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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;

/**
 * The writes of {@link com.aeghash.ledger.BulkPosting#postSelectedCredits}: the caller's query is checked by one
 * statement (lines per reference and asset, the smallest amount, the member accounts distinct), the references claimed
 * as by {@link EntryClaims} (a taken one is read back, only then, and checked to be a replay), and the lines of the
 * fresh entries staged by one {@code INSERT ... SELECT} from the query, with one {@code mining_income}-style counter
 * line per entry and asset, the posting ids and the ids reserved for accounts still missing from fresh id blocks;
 * {@link StagedPostings#post} does the rest (the missing accounts created inside the database, as for every batch).
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

    /** Per reference its member lines and its assets (one counter line each). */
    private record Checked(Map<String, Long> lines, Map<String, Long> assets) {}

    /** Member lines and assets per reference; refuses a query whose lines break the contract. */
    private Checked checkedLines(SelectedCredits credits) {
        Map<String, Long> lines = new HashMap<>();
        Map<String, Long> assetsByReference = new HashMap<>();
        Set<String> assets = new HashSet<>();
        long[] total = {0};
        jdbc.query(
                "SELECT c.reference, c.asset, COUNT(*) AS line_count, MIN(c.amount) AS smallest FROM ("
                        + credits.lines().sql() + ") c GROUP BY c.reference, c.asset",
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
                    assetsByReference.merge(reference, 1L, Long::sum);
                    total[0] += row.getLong("line_count");
                },
                credits.lines().parameters().toArray());
        // members may hold each asset in the bucket (AccountRef refuses the others)
        assets.forEach(asset -> AccountRef.member("check", Asset.valueOf(asset), credits.bucket()));
        for (String reference : credits.references()) {
            if (!lines.containsKey(reference)) {
                throw new IllegalArgumentException("no selected credit has the reference " + reference);
            }
        }
        Long accounts = jdbc.queryForObject(
                "SELECT COUNT(*) FROM (SELECT DISTINCT c.member_id, c.asset FROM ("
                        + credits.lines().sql() + ") c) d",
                Long.class,
                credits.lines().parameters().toArray());
        if (accounts == null || accounts != total[0]) {
            throw new IllegalArgumentException("a member account appears in more than one selected credit");
        }
        return new Checked(lines, assetsByReference);
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

    private void stageAndPost(SelectedCredits credits, Map<String, Long> fresh, Checked checked, Instant now) {
        long memberLines =
                fresh.keySet().stream().mapToLong(checked.lines()::get).sum();
        long counterLines =
                fresh.keySet().stream().mapToLong(checked.assets()::get).sum();
        long batch = staged.newBatch();
        List<Long> postingBlocks = staged.blockStarts(memberLines + counterLines);
        List<Long> accountBlocks = staged.blockStarts(memberLines + counterLines);
        List<String> references = new ArrayList<>(fresh.keySet());
        List<Object> parameters = new ArrayList<>();
        parameters.add(batch);
        parameters.add(credits.bucket().name());
        parameters.addAll(credits.lines().parameters());
        parameters.add(AccountRef.system(credits.counterAccount(), Asset.USDT).ownerId());
        parameters.add(JdbcLedgerRepository.SYSTEM_BUCKET);
        parameters.addAll(credits.lines().parameters());
        parameters.add(references.toArray(String[]::new));
        parameters.add(references.stream().map(fresh::get).toArray(Long[]::new));
        parameters.add(postingBlocks.toArray(Long[]::new));
        parameters.add(accountBlocks.toArray(Long[]::new));
        int staged = jdbc.update(SelectedCreditsSql.stage(credits.lines().sql()), withArrays(parameters));
        if (staged != memberLines + counterLines) {
            throw new IllegalStateException("selected credits changed while posting");
        }
        this.staged.post(batch, memberLines, now);
    }

    /** Sets the parameters, a {@code String[]} or {@code Long[]} as an SQL array (the drivers differ on Java arrays). */
    static PreparedStatementSetter withArrays(List<Object> parameters) {
        return statement -> {
            for (int index = 0; index < parameters.size(); index++) {
                Object value = parameters.get(index);
                if (value instanceof String[] strings) {
                    statement.setArray(index + 1, statement.getConnection().createArrayOf("VARCHAR", strings));
                } else if (value instanceof Long[] longs) {
                    statement.setArray(index + 1, statement.getConnection().createArrayOf("BIGINT", longs));
                } else {
                    StatementCreatorUtils.setParameterValue(statement, index + 1, SqlTypeValue.TYPE_UNKNOWN, value);
                }
            }
        };
    }
}
