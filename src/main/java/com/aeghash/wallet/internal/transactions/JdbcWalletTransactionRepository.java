package com.aeghash.wallet.internal.transactions;

import com.aeghash.common.SqlTimes;
import com.aeghash.wallet.FailureReason;
import com.aeghash.wallet.WalletTransactionKind;
import com.aeghash.wallet.WalletTransactionStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Wallet transactions over SQL; identical statements on H2 (PostgreSQL mode) and PostgreSQL. */
@Repository
class JdbcWalletTransactionRepository implements WalletTransactionRepository {

    private static final String COLUMNS = """
            id, reference, kind, status, member_id, source_label, actor, from_address, to_address, contract, amount,
            txid, vendor_token, txid_fee, txid_token, failure_code, failure_message, send_attempts, check_count,
            receipt_not_found_checks, next_check_at, check_note, deadline_at, resolved_by, approved_by,
            resolution_note, created_at, updated_at, version""";

    private final JdbcClient jdbc;

    JdbcWalletTransactionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public TransactionRecord logTransaction(TransactionRecord record) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO wallet_transactions (reference, kind, status, member_id, source_label, actor,
                       from_address, to_address, contract, amount, txid, vendor_token, txid_fee, txid_token,
                       failure_code, failure_message, send_attempts, check_count, receipt_not_found_checks,
                       next_check_at, check_note, deadline_at, resolved_by, approved_by, resolution_note, created_at,
                       updated_at, version)
                VALUES (:reference, :kind, :status, :memberId, :sourceLabel, :actor, :fromAddress, :toAddress,
                       :contract, :amount, :txid, :vendorToken, :txidFee, :txidToken, :failureCode, :failureMessage,
                       :sendAttempts, :checkCount, :receiptNotFoundChecks, :nextCheckAt, :checkNote, :deadlineAt,
                       :resolvedBy, :approvedBy, :resolutionNote, :createdAt, :updatedAt, :version)""")
                .param("reference", record.reference())
                .param("kind", record.kind().name())
                .param("memberId", record.memberId())
                .param("sourceLabel", record.sourceLabel())
                .param("actor", record.actor())
                .param("fromAddress", record.fromAddress())
                .param("toAddress", record.toAddress())
                .param("contract", record.contract())
                .param("amount", record.amount())
                .param("createdAt", SqlTimes.utc(record.createdAt()))
                .param("version", record.version())
                .params(mutableParameters(record))
                .update(keys, "id");
        return record.withId(keys.getKeyAs(Number.class).longValue());
    }

    @Override
    public Optional<TransactionRecord> update(TransactionRecord changed) {
        int updated = jdbc.sql("""
                UPDATE wallet_transactions SET status = :status, txid = :txid, vendor_token = :vendorToken,
                       txid_fee = :txidFee, txid_token = :txidToken, failure_code = :failureCode,
                       failure_message = :failureMessage, send_attempts = :sendAttempts, check_count = :checkCount,
                       receipt_not_found_checks = :receiptNotFoundChecks, next_check_at = :nextCheckAt,
                       check_note = :checkNote, deadline_at = :deadlineAt, resolved_by = :resolvedBy,
                       approved_by = :approvedBy, resolution_note = :resolutionNote, updated_at = :updatedAt,
                       version = version + 1
                WHERE id = :id AND version = :version""")
                .param("id", changed.id())
                .param("version", changed.version())
                .params(mutableParameters(changed))
                .update();
        return updated == 1 ? Optional.of(changed.withVersion(changed.version() + 1)) : Optional.empty();
    }

    @Override
    public Optional<TransactionRecord> find(long id) {
        return jdbc.sql(select("WHERE id = :id"))
                .param("id", id)
                .query(JdbcWalletTransactionRepository::recordOf)
                .optional();
    }

    @Override
    public Optional<TransactionRecord> findForUpdate(long id) {
        return jdbc.sql(select("WHERE id = :id FOR UPDATE"))
                .param("id", id)
                .query(JdbcWalletTransactionRepository::recordOf)
                .optional();
    }

    @Override
    public Optional<TransactionRecord> findByReference(String reference) {
        return jdbc.sql(select("WHERE reference = :reference"))
                .param("reference", reference)
                .query(JdbcWalletTransactionRepository::recordOf)
                .optional();
    }

    @Override
    public boolean txidHeldByAnother(String txid, long id) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM wallet_transactions
                        WHERE id <> :id AND (LOWER(txid) = :txid OR LOWER(txid_token) = :txid)""")
                        .param("id", id)
                        .param("txid", txid.toLowerCase(Locale.ROOT))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The one row of {@code wallet_txid_decisions} (V166), locked {@code FOR UPDATE}. */
    @Override
    public void lockTxidDecisions() {
        jdbc.sql("SELECT id FROM wallet_txid_decisions WHERE id = 1 FOR UPDATE")
                .query(Integer.class)
                .single();
    }

    @Override
    public List<TransactionRecord> findByMemberBefore(String memberId, long beforeId, int limit) {
        return jdbc.sql(select("""
                WHERE member_id = :memberId AND id < :beforeId ORDER BY id DESC LIMIT :limit"""))
                .param("memberId", memberId)
                .param("beforeId", beforeId)
                .param("limit", limit)
                .query(JdbcWalletTransactionRepository::recordOf)
                .list();
    }

    @Override
    public List<TransactionRecord> findChecksDue(Instant now, int limit) {
        return jdbc.sql(select("""
                WHERE status = 'UNKNOWN' AND next_check_at <= :now
                ORDER BY next_check_at, id LIMIT :limit"""))
                .param("now", SqlTimes.utc(now))
                .param("limit", limit)
                .query(JdbcWalletTransactionRepository::recordOf)
                .list();
    }

    @Override
    public List<TransactionRecord> findStaleSubmitting(Instant before, int limit) {
        return jdbc.sql(select("""
                WHERE status = 'SUBMITTING' AND updated_at < :before
                ORDER BY id LIMIT :limit"""))
                .param("before", SqlTimes.utc(before))
                .param("limit", limit)
                .query(JdbcWalletTransactionRepository::recordOf)
                .list();
    }

    @Override
    public List<TransactionRecord> findOverdueTransits(Instant now, int limit) {
        return jdbc.sql(select("""
                WHERE status = 'PENDING_TRANSIT' AND deadline_at <= :now
                ORDER BY deadline_at, id LIMIT :limit"""))
                .param("now", SqlTimes.utc(now))
                .param("limit", limit)
                .query(JdbcWalletTransactionRepository::recordOf)
                .list();
    }

    @Override
    public List<TransactionRecord> findByStatusAfter(WalletTransactionStatus status, long afterId, int limit) {
        return jdbc.sql(select("""
                WHERE status = :status AND id > :afterId ORDER BY id LIMIT :limit"""))
                .param("status", status.name())
                .param("afterId", afterId)
                .param("limit", limit)
                .query(JdbcWalletTransactionRepository::recordOf)
                .list();
    }

    private static String select(String condition) {
        return "SELECT " + COLUMNS + " FROM wallet_transactions " + condition;
    }

    /** The columns an update may change (a HashMap: most of them may be null). */
    private static Map<String, Object> mutableParameters(TransactionRecord record) {
        Map<String, Object> values = new HashMap<>();
        values.put("status", record.status().name());
        values.put("txid", record.txid());
        values.put("vendorToken", record.vendorToken());
        values.put("txidFee", record.txidFee());
        values.put("txidToken", record.txidToken());
        values.put(
                "failureCode",
                record.failureReason() == null ? null : record.failureReason().code());
        values.put("failureMessage", record.failureMessage());
        values.put("sendAttempts", record.sendAttempts());
        values.put("checkCount", record.checkCount());
        values.put("receiptNotFoundChecks", record.receiptNotFoundChecks());
        values.put("nextCheckAt", SqlTimes.utc(record.nextCheckAt()));
        values.put("checkNote", record.checkNote());
        values.put("deadlineAt", SqlTimes.utc(record.deadlineAt()));
        values.put("resolvedBy", record.resolvedBy());
        values.put("approvedBy", record.approvedBy());
        values.put("resolutionNote", record.resolutionNote());
        values.put("updatedAt", SqlTimes.utc(record.updatedAt()));
        return values;
    }

    static TransactionRecord recordOf(ResultSet row, int index) throws SQLException {
        String failureCode = row.getString("failure_code");
        return new TransactionRecord(
                row.getLong("id"),
                row.getString("reference"),
                WalletTransactionKind.valueOf(row.getString("kind")),
                WalletTransactionStatus.valueOf(row.getString("status")),
                row.getString("member_id"),
                row.getString("source_label"),
                row.getString("actor"),
                row.getString("from_address"),
                row.getString("to_address"),
                row.getString("contract"),
                row.getBigDecimal("amount"),
                row.getString("txid"),
                row.getString("vendor_token"),
                row.getString("txid_fee"),
                row.getString("txid_token"),
                failureCode == null
                        ? null
                        : FailureReason.fromCode(failureCode)
                                .orElseThrow(() -> new IllegalStateException("unknown failure code " + failureCode)),
                row.getString("failure_message"),
                row.getInt("send_attempts"),
                row.getInt("check_count"),
                row.getInt("receipt_not_found_checks"),
                SqlTimes.instant(row, "next_check_at"),
                row.getString("check_note"),
                SqlTimes.instant(row, "deadline_at"),
                row.getString("resolved_by"),
                row.getString("approved_by"),
                row.getString("resolution_note"),
                SqlTimes.instant(row, "created_at"),
                SqlTimes.instant(row, "updated_at"),
                row.getLong("version"));
    }
}
