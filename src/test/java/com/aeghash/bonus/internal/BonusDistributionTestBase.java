package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusDistribution;
import com.aeghash.ledger.Ledger;
import com.aeghash.organization.OrganizationChanges;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * What the bonus tests through the running application share: the organization (and the context that
 * {@code OrganizationFixtures} registers members through), the distribution under test and the ledger it pays into.
 */
abstract class BonusDistributionTestBase {

    @Autowired
    OrganizationChanges organization;

    @Autowired
    ApplicationContext context;

    @Autowired
    BonusDistribution bonuses;

    @Autowired
    Ledger ledger;
}
