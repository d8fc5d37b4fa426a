package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusCredits;
import com.aeghash.bonus.BonusDistribution;
import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.Ledger;
import com.aeghash.ledger.SystemAccount;
import com.aeghash.organization.OrganizationChanges;
import com.aeghash.organization.OrganizationFixtures;
import com.aeghash.organization.Registration;
import java.math.BigDecimal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * What the bonus tests through the running application share: the organization (and the context that
 * {@code OrganizationFixtures} registers members through), the distribution under test, its credit poster and the
 * ledger it pays into.
 */
abstract class BonusDistributionTestBase {

    @Autowired
    OrganizationChanges organization;

    @Autowired
    ApplicationContext context;

    @Autowired
    BonusDistribution bonuses;

    /** Posts the queued credits of the orders distributed so far (the service's job does it a moment later). */
    @Autowired
    BonusCredits credits;

    @Autowired
    Ledger ledger;

    /**
     * A chain of its own below a fresh root of the context's tree: {@code <prefix>-root} ← {@code <prefix>-1} ←
     * {@code <prefix>-2} ← {@code <prefix>-3}, each referred and sponsored by the one before.
     */
    void registerChainOfThree(String prefix) {
        String previous = OrganizationFixtures.root(context, prefix + "-root", "test");
        for (int index = 1; index <= 3; index++) {
            String member = prefix + "-" + index;
            organization.register(new Registration(member, previous, previous), "test");
            previous = member;
        }
    }

    /** The member spends part of their available points (they leave the platform). */
    void spend(String member, String amount) {
        ledger.post(EntryRequest.builder("spend:" + member, "spent")
                .move(
                        AccountRef.member(member, Asset.POINT, Bucket.AVAILABLE),
                        AccountRef.system(SystemAccount.MANUAL_ADJUSTMENT, Asset.POINT),
                        new BigDecimal(amount))
                .build());
    }
}
