package com.aeghash.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Holds the row locks of a member's ledger accounts in a transaction of its own until closed, so that a request
 * that moves the member's money stops in the middle of its work: how a test keeps a first attempt in flight.
 */
public final class MemberAccountsLock implements AutoCloseable {

    private final Connection connection;

    private MemberAccountsLock(Connection connection) {
        this.connection = connection;
    }

    /** Locks every ledger account the member has (it must have one: fund it first). */
    public static MemberAccountsLock of(DataSource dataSource, String memberId) throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT id FROM ledger_accounts WHERE owner_type = 'MEMBER' AND owner_id = ? FOR UPDATE")) {
            lock.setString(1, memberId);
            lock.executeQuery().close();
        } catch (SQLException failed) {
            connection.close();
            throw failed;
        }
        return new MemberAccountsLock(connection);
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.close();
        }
    }
}
