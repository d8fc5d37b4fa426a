package com.aeghash.partner.internal.hashpower;

import com.aeghash.common.SqlTimes;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code partner_hashpower_accruals} over SQL. */
@Repository
class JdbcHashpowerAccrualRepository implements HashpowerAccrualRepository {

    private final JdbcClient jdbc;

    JdbcHashpowerAccrualRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean insert(HashpowerAccrual accrual) {
        return jdbc.sql("""
                INSERT INTO partner_hashpower_accruals (partner_id, reference, member_id, amount, app, source,
                    ledger_reference, credited_at)
                VALUES (:partner, :reference, :member, :amount, :app, :source, :ledgerReference, :creditedAt)
                ON CONFLICT DO NOTHING""")
                        .param("partner", accrual.partnerId())
                        .param("reference", accrual.reference())
                        .param("member", accrual.memberId())
                        .param("amount", accrual.amount())
                        .param("app", accrual.app())
                        .param("source", accrual.source().name())
                        .param("ledgerReference", accrual.ledgerReference())
                        .param("creditedAt", SqlTimes.utc(accrual.creditedAt()))
                        .update()
                == 1;
    }

    @Override
    public Optional<HashpowerAccrual> find(String partnerId, String reference) {
        return jdbc.sql("""
                SELECT partner_id, reference, member_id, amount, app, source, ledger_reference, credited_at
                FROM partner_hashpower_accruals WHERE partner_id = :partner AND reference = :reference""")
                .param("partner", partnerId)
                .param("reference", reference)
                .query((row, index) -> new HashpowerAccrual(
                        row.getString("partner_id"),
                        row.getString("reference"),
                        row.getString("member_id"),
                        row.getBigDecimal("amount"),
                        row.getString("app"),
                        HashpowerAccrual.Source.valueOf(row.getString("source")),
                        row.getString("ledger_reference"),
                        SqlTimes.instant(row, "credited_at")))
                .optional();
    }
}
