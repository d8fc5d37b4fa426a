package com.aeghash.console.internal;

import com.aeghash.ledger.Ledger;
import com.aeghash.testsupport.BrowserSession;
import com.aeghash.testsupport.RunningApplicationTest;
import com.aeghash.testsupport.TestApplication;
import com.aeghash.testsupport.TestDatabases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the console's paging tests share: the running application on each database ({@code @OnEachDatabase}), the
 * database to write their rows into, and an operator signed in to walk the pages.
 */
abstract class ConsolePagingTestBase extends RunningApplicationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Ledger ledger;

    ConsolePagingTestBase(TestDatabases.Kind database) {
        super(TestApplication.on(database));
    }

    /** A new OPERATIONS operator, signed in. */
    BrowserSession signedIn() {
        ConsoleFixtures fixtures = new ConsoleFixtures(port, ledger);
        return fixtures.signedIn(fixtures.operator("OPERATIONS"));
    }
}
