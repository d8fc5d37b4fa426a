package com.aeghash.wallet.internal.wallets;

import com.aeghash.common.SqlTimes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Wallets over SQL; identical statements on H2 (PostgreSQL mode) and PostgreSQL. */
@Repository
class JdbcWalletRepository implements WalletRepository {

    private static final String COLUMNS = """
            member_id, state, address, wallet_key_ciphertext, key_fingerprint, created_at, key_refreshed_at,
            state_changed_at""";

    private final JdbcClient jdbc;

    JdbcWalletRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claimCreation(String memberId, Instant now, Instant staleBefore) {
        int inserted = jdbc.sql("""
                INSERT INTO wallets (member_id, state, created_at, state_changed_at)
                VALUES (:memberId, 'CREATING', :now, :now) ON CONFLICT DO NOTHING""")
                .param("memberId", memberId)
                .param("now", SqlTimes.utc(now))
                .update();
        if (inserted == 1) {
            return true;
        }
        return claimIfStale(memberId, WalletState.CREATING, staleBefore, now);
    }

    @Override
    public void saveWallet(String memberId, String address, String keyCiphertext, String keyFingerprint, Instant now) {
        int updated = jdbc.sql("""
                UPDATE wallets SET state = :next, address = :address, wallet_key_ciphertext = :ciphertext,
                       key_fingerprint = :fingerprint, created_at = :now, state_changed_at = :now
                WHERE member_id = :memberId AND state = :expected""")
                .param("memberId", memberId)
                .param("expected", WalletState.CREATING.name())
                .param("next", WalletState.CREATING.moveTo(WalletState.ACTIVE).name())
                .param("address", address)
                .param("ciphertext", keyCiphertext)
                .param("fingerprint", keyFingerprint)
                .param("now", SqlTimes.utc(now))
                .update();
        if (updated != 1) {
            throw new IllegalStateException("wallet of " + memberId + " is no longer being created by this request");
        }
    }

    @Override
    public void abandonCreation(String memberId) {
        jdbc.sql("DELETE FROM wallets WHERE member_id = :memberId AND state = 'CREATING'")
                .param("memberId", memberId)
                .update();
    }

    @Override
    public Optional<WalletRecord> find(String memberId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM wallets WHERE member_id = :memberId")
                .param("memberId", memberId)
                .query(JdbcWalletRepository::walletOf)
                .optional();
    }

    @Override
    public boolean changeState(String memberId, WalletState expected, WalletState next, Instant now) {
        expected.moveTo(next);
        return jdbc.sql("""
                UPDATE wallets SET state = :next, state_changed_at = :now
                WHERE member_id = :memberId AND state = :expected""")
                        .param("memberId", memberId)
                        .param("expected", expected.name())
                        .param("next", next.name())
                        .param("now", SqlTimes.utc(now))
                        .update()
                == 1;
    }

    @Override
    public boolean claimStaleRefresh(String memberId, Instant staleBefore, Instant now) {
        return claimIfStale(memberId, WalletState.REFRESHING, staleBefore, now);
    }

    /** Takes over the member's wallet in {@code state} when it has been so since before {@code staleBefore}. */
    private boolean claimIfStale(String memberId, WalletState state, Instant staleBefore, Instant now) {
        return jdbc.sql("""
                UPDATE wallets SET state_changed_at = :now
                WHERE member_id = :memberId AND state = :state AND state_changed_at < :staleBefore""")
                        .param("memberId", memberId)
                        .param("state", state.name())
                        .param("now", SqlTimes.utc(now))
                        .param("staleBefore", SqlTimes.utc(staleBefore))
                        .update()
                == 1;
    }

    @Override
    public boolean storeRefreshedKey(String memberId, String keyCiphertext, String keyFingerprint, Instant now) {
        return jdbc.sql("""
                UPDATE wallets SET state = :next, wallet_key_ciphertext = :ciphertext,
                       key_fingerprint = :fingerprint, key_refreshed_at = :now, state_changed_at = :now
                WHERE member_id = :memberId AND state = :expected""")
                        .param("memberId", memberId)
                        .param("expected", WalletState.REFRESHING.name())
                        .param(
                                "next",
                                WalletState.REFRESHING
                                        .moveTo(WalletState.ACTIVE)
                                        .name())
                        .param("ciphertext", keyCiphertext)
                        .param("fingerprint", keyFingerprint)
                        .param("now", SqlTimes.utc(now))
                        .update()
                == 1;
    }

    @Override
    public List<WalletRecord> findInStateSince(WalletState state, Instant before, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM wallets WHERE state = :state AND state_changed_at < :before"
                        + " ORDER BY state_changed_at, member_id LIMIT :limit")
                .param("state", state.name())
                .param("before", SqlTimes.utc(before))
                .param("limit", limit)
                .query(JdbcWalletRepository::walletOf)
                .list();
    }

    @Override
    public List<WalletRecord> findKeysNotStartingWith(String prefix, String afterMemberId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM wallets WHERE wallet_key_ciphertext IS NOT NULL"
                        + " AND wallet_key_ciphertext NOT LIKE :pattern AND member_id > :after"
                        + " ORDER BY member_id LIMIT :limit")
                .param("pattern", likePrefix(prefix))
                .param("after", afterMemberId)
                .param("limit", limit)
                .query(JdbcWalletRepository::walletOf)
                .list();
    }

    @Override
    public long countKeysNotStartingWith(String prefix) {
        return jdbc.sql("SELECT COUNT(*) FROM wallets WHERE wallet_key_ciphertext IS NOT NULL"
                        + " AND wallet_key_ciphertext NOT LIKE :pattern")
                .param("pattern", likePrefix(prefix))
                .query(Long.class)
                .single();
    }

    @Override
    public boolean replaceKeyCiphertext(String memberId, String expected, String replacement) {
        return jdbc.sql("""
                UPDATE wallets SET wallet_key_ciphertext = :replacement
                WHERE member_id = :memberId AND wallet_key_ciphertext = :expected""")
                        .param("memberId", memberId)
                        .param("expected", expected)
                        .param("replacement", replacement)
                        .update()
                == 1;
    }

    /** A LIKE pattern matching values that start with {@code prefix} (its own wildcards escaped). */
    private static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static WalletRecord walletOf(ResultSet row, int index) throws SQLException {
        return new WalletRecord(
                row.getString("member_id"),
                WalletState.valueOf(row.getString("state")),
                row.getString("address"),
                row.getString("wallet_key_ciphertext"),
                row.getString("key_fingerprint"),
                SqlTimes.instant(row, "created_at"),
                SqlTimes.instant(row, "key_refreshed_at"),
                SqlTimes.instant(row, "state_changed_at"));
    }
}
