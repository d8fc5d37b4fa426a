package com.aeghash.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.bonus.BonusDistribution;
import com.aeghash.bonus.PaidOrder;
import com.aeghash.common.Addresses;
import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.Asset;
import com.aeghash.ledger.Bucket;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.SystemAccount;
import com.aeghash.mining.Mining;
import com.aeghash.organization.OrganizationFixtures;
import com.aeghash.testsupport.BrowserSession;
import com.aeghash.testsupport.IntegrationTest;
import com.aeghash.testsupport.TestIds;
import com.aeghash.wallet.Wallet;
import com.aeghash.wallet.Wallets;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The member page gathers every module's view of one member; wallet addresses are masked below ADMIN. */
@IntegrationTest
class ConsoleMemberIT extends ConsoleOrganizationTestBase {

    @Autowired
    BonusDistribution bonus;

    @Autowired
    Mining mining;

    @Autowired
    Wallets wallets;

    @Test
    void memberPageShowsBalancesPositionWalletMiningWithdrawalsDevicesAndBonusEntries() {
        ConsoleFixtures fixtures = new ConsoleFixtures(port, ledger);
        String root = ConsoleFixtures.organizationRoot(jdbc, organization);
        String member = ConsoleFixtures.registeredBelow(organization, root);
        String buyer = ConsoleFixtures.registeredBelow(organization, member);
        String order = TestIds.unique("console:order");
        bonus.distribute(new PaidOrder(order, buyer, new BigDecimal("200"), Instant.now()));
        mining.adjustHashPowerTo(
                member, new BigDecimal("125.5"), "test", TestIds.unique("console-hash"), "console-test");
        Wallet wallet = wallets.createWallet(member).wallet();
        fixtures.fund(member, Asset.POINT, "300");
        long withdrawal = fixtures.requestWithdrawal(fixtures.operator("MEMBER_APP"), member, "40");

        BrowserSession finance = fixtures.signedIn(fixtures.operator("FINANCE"));
        String page = finance.get("/console/members?memberId=" + member).body();
        String charts = finance.get("/console/members/charts?memberId=" + member + "&chartDays=7")
                .body();

        assertThat(page).contains("Ledger balances", ">260<", ">40<");
        assertThat(page).doesNotContain("Bonus debt");
        ledger.post(EntryRequest.builder(TestIds.unique("console-debt"), "a clawback beyond what was available")
                .move(
                        AccountRef.system(SystemAccount.BONUS_RECEIVABLE, Asset.POINT),
                        AccountRef.member(member, Asset.POINT, Bucket.BONUS_DEBT),
                        new BigDecimal("18"))
                .build());
        assertThat(finance.get("/console/members?memberId=" + member).body()).contains("Bonus debt", ">18 POINT<");
        assertThat(page).contains("Referral code", ">" + root + "<", "1: " + root);
        assertThat(page).contains("125.5 MH/s");
        assertThat(page).contains("/console/withdrawals/" + withdrawal);
        assertThat(page).contains("Devices", ">console-device<");
        assertThat(page).contains(order, "REFERRAL", ">60<", "SPONSOR", ">2<", "PENDING");
        assertThat(page).contains(Addresses.masked(wallet.address())).doesNotContain(wallet.address());
        assertThat(page).contains("/console/members/charts?memberId=" + member);
        assertThat(charts)
                .contains("POINT balance at the end of each day", "Bonus income per day by type", "Table view")
                .contains("&quot;POINT available&quot;", ">260<", ">60<", "7 days");
    }

    @Test
    void administratorsSeeTheWholeWalletAddress() {
        ConsoleFixtures fixtures = new ConsoleFixtures(port, ledger);
        String member = OrganizationFixtures.registered(context, TestIds.member());
        Wallet wallet = wallets.createWallet(member).wallet();

        String asAdmin = fixtures.signedInAsAdmin()
                .get("/console/members?memberId=" + member)
                .body();
        String asOperations = fixtures.signedIn(fixtures.operator("OPERATIONS"))
                .get("/console/members?memberId=" + member)
                .body();

        assertThat(asAdmin).contains(wallet.address());
        assertThat(asOperations).doesNotContain(wallet.address()).containsPattern(">0x[0-9a-fA-F]{4}…[0-9a-fA-F]{4}<");
        // a wallet is created for registered members only: the page shows the member's organization facts
        assertThat(asOperations).contains("Referral code", "No mining record.", "No device seen.");
    }
}
