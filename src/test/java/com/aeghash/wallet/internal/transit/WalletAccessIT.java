package com.aeghash.wallet.internal.transit;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.common.Addresses;
import com.aeghash.testsupport.OnEachDatabase;
import com.aeghash.testsupport.TestDatabases;
import com.aeghash.testsupport.TestIds;
import com.aeghash.testsupport.TestSecrets;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Who may touch a member's wallet, through the whole application and the MBlock simulator: operators read,
 * only the member app sends tokens, and every transfer names and audits its actor. Run on H2 and PostgreSQL.
 */
@OnEachDatabase
class WalletAccessIT extends WalletSimulatorTestBase {

    WalletAccessIT(TestDatabases.Kind database) {
        super(database);
    }

    @Test
    void walletEndpointsNeedAnOperatorAndFinanceMayReadButNotMoveFunds() {
        String member = registeredMember();
        String address = fundedWallet(member);
        String password = "finance-password-" + TestIds.unique("p");
        TestSecrets.register(password);
        String finance = "finance-" + TestIds.unique("u").toLowerCase(Locale.ROOT);
        assertThat(api.post(
                                "/api/v1/operators",
                                "{\"username\":\"" + finance + "\",\"password\":\"" + password
                                        + "\",\"roles\":[\"FINANCE\"]}")
                        .status())
                .isEqualTo(201);
        WalletApi asFinance = api.as(finance, password);

        assertThat(api.postAnonymously(walletPath(member), "").status()).isEqualTo(401);
        assertThat(api.postAnonymously("/sandbox/mblock/faucet", "{}").status()).isEqualTo(401);
        // FINANCE reads the wallet with its address masked, as the console shows it (common.Addresses)
        assertThat(asFinance.get(walletPath(member)).text("address")).isEqualTo(Addresses.masked(address));
        assertThat(asFinance
                        .post(walletPath(member) + "/transfers", "{\"to\":\"" + newAddress() + "\",\"amount\":\"1\"}")
                        .status())
                .isEqualTo(403);
        assertThat(asFinance
                        .post("/sandbox/mblock/faucet", "{\"address\":\"" + address + "\",\"amount\":\"1\"}")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void operatorsCannotSendAMembersTokensTheMemberAppCanAndEachTransferNamesAndAuditsItsActor() {
        String member = registeredMember();
        String address = fundedWallet(member);
        String transfer = "{\"to\":\"" + newAddress() + "\",\"amount\":\"1\",\"contract\":\"" + TOKEN + "\"}";
        String transit = "{\"to\":\"" + newAddress() + "\",\"amount\":\"1\",\"contract\":\"" + TOKEN + "\"}";

        for (WalletApi operator : List.of(api, operations, operator("FINANCE"))) {
            assertThat(operator.post(walletPath(member) + "/transfers", transfer)
                            .status())
                    .isEqualTo(403);
            assertThat(operator.post(walletPath(member) + "/transits", transit).status())
                    .isEqualTo(403);
        }
        WalletApi.Answer sent = app.post(walletPath(member) + "/transfers", transfer);
        WalletApi.Answer moved = app.post(walletPath(member) + "/transits", transit);

        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        assertThat(sent.text("actor")).isEqualTo(memberAppUsername);
        assertThat(moved.status()).as(moved.body()).isEqualTo(202);
        assertThat(moved.text("actor")).isEqualTo(memberAppUsername);
        assertThat(mblock.balanceOf(address, TOKEN)).isLessThanOrEqualTo(new BigDecimal("49"));
        assertThat(api.get("/api/v1/audit?action=wallet.transfer_requested&limit=200")
                        .json()
                        .path("items"))
                .filteredOn(entry -> entry.path("target").asString().equals(member))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.path("actor").asString()).isEqualTo(memberAppUsername);
                    assertThat(entry.path("details").path("transactionId").asLong())
                            .isEqualTo(sent.json().path("id").asLong());
                });
        assertThat(api.get("/api/v1/audit?action=wallet.transit_requested&limit=200")
                        .json()
                        .path("items"))
                .filteredOn(entry -> entry.path("target").asString().equals(member))
                .singleElement()
                .satisfies(entry -> assertThat(entry.path("actor").asString()).isEqualTo(memberAppUsername));
    }
}
