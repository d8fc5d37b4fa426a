package com.aeghash.console.internal;

import com.aeghash.ledger.Ledger;
import com.aeghash.organization.OrganizationChanges;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the console tests that register members share: the server's port and the ledger that {@link ConsoleFixtures}
 * work with, and the organization (with its database) the members are registered in.
 */
abstract class ConsoleOrganizationTestBase {

    @LocalServerPort
    int port;

    @Autowired
    Ledger ledger;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrganizationChanges organization;

    @Autowired
    ApplicationContext context;
}
