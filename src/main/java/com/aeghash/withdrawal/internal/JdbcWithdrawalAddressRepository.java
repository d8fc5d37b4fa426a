package com.aeghash.withdrawal.internal;

import com.aeghash.common.SqlTimes;
import com.aeghash.ledger.Asset;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcWithdrawalAddressRepository implements WithdrawalAddressRepository {

    private final JdbcClient jdbc;

    JdbcWithdrawalAddressRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Registration register(WithdrawalAddress draft) {
        int inserted = jdbc.sql("""
                INSERT INTO withdrawal_addresses (member_id, asset, address, label, registered_at, registered_by)
                VALUES (:memberId, :asset, :address, :label, :registeredAt, :registeredBy) ON CONFLICT DO NOTHING""")
                .param("memberId", draft.memberId())
                .param("asset", draft.asset().name())
                .param("address", draft.address())
                .param("label", draft.label(), Types.VARCHAR)
                .param("registeredAt", SqlTimes.utc(draft.registeredAt()))
                .param("registeredBy", draft.registeredBy())
                .update();
        WithdrawalAddress stored = find(draft.memberId(), draft.asset(), draft.address())
                .orElseThrow(() -> new IllegalStateException("registered address not found"));
        return new Registration(stored, inserted == 1);
    }

    @Override
    public Optional<WithdrawalAddress> find(String memberId, Asset asset, String address) {
        return jdbc.sql("""
                SELECT * FROM withdrawal_addresses
                WHERE member_id = :memberId AND asset = :asset AND address = :address""")
                .param("memberId", memberId)
                .param("asset", asset.name())
                .param("address", address)
                .query((row, index) -> addressOf(row))
                .optional();
    }

    @Override
    public List<WithdrawalAddress> listOf(String memberId) {
        return jdbc.sql("SELECT * FROM withdrawal_addresses WHERE member_id = :memberId ORDER BY id LIMIT :limit")
                .param("memberId", memberId)
                .param("limit", PER_MEMBER_MAX)
                .query((row, index) -> addressOf(row))
                .list();
    }

    @Override
    public Optional<WithdrawalAddress> delete(String memberId, long id) {
        Optional<WithdrawalAddress> found = jdbc.sql(
                        "SELECT * FROM withdrawal_addresses WHERE id = :id AND member_id = :memberId FOR UPDATE")
                .param("id", id)
                .param("memberId", memberId)
                .query((row, index) -> addressOf(row))
                .optional();
        found.ifPresent(address -> jdbc.sql("DELETE FROM withdrawal_addresses WHERE id = :id")
                .param("id", id)
                .update());
        return found;
    }

    private static WithdrawalAddress addressOf(ResultSet row) throws SQLException {
        return new WithdrawalAddress(
                row.getLong("id"),
                row.getString("member_id"),
                Asset.valueOf(row.getString("asset")),
                row.getString("address"),
                row.getString("label"),
                SqlTimes.instant(row, "registered_at"),
                row.getString("registered_by"));
    }
}
