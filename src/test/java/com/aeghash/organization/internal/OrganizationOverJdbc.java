package com.aeghash.organization.internal;

import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;

/** The organization's services over the JDBC repositories of a test database, without Spring. */
final class OrganizationOverJdbc {

    private OrganizationOverJdbc() {}

    /** Registrations over {@code jdbc}, with the default properties and the system clock. */
    static OrganizationChangesService changes(JdbcTemplate jdbc) {
        return new OrganizationChangesService(
                new JdbcMemberRepository(jdbc),
                new JdbcUnilevelTreeRepository(jdbc),
                new JdbcBinaryTreeRepository(jdbc),
                new JdbcSalesVolumeEventRepository(jdbc),
                OrganizationProperties.defaults(),
                Clock.systemUTC());
    }
}
