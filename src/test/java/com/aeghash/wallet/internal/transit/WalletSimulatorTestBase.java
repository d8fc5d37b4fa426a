package com.aeghash.wallet.internal.transit;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.config.MBlockProperties;
import com.aeghash.organization.OrganizationFixtures;
import com.aeghash.sandbox.MBlockSandbox;
import com.aeghash.sandbox.SandboxFaults;
import com.aeghash.testsupport.RunningApplicationTest;
import com.aeghash.testsupport.TestApplication;
import com.aeghash.testsupport.TestDatabases;
import com.aeghash.testsupport.TestIds;
import com.aeghash.testsupport.TestSecrets;
import com.aeghash.wallet.internal.transactions.WalletTransactionRepository;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the wallet tests through the whole application and the in-app MBlock simulator share: the application
 * on one database, the API clients by role, funded wallets, and the check that no response carries a secret.
 */
abstract class WalletSimulatorTestBase extends RunningApplicationTest {

    static final String TOKEN = "0x55d398326f99059ff775485246999027b3197955";
    static final String ERROR_12 = "Request Time out, Transaction receipt not found.";

    @Autowired
    MBlockSandbox mblock;

    @Autowired
    SandboxFaults faults;

    @Autowired
    TransitCallbackTokens callbackTokens;

    @Autowired
    WalletTransactionRepository transactions;

    @Autowired
    MBlockProperties mblockProperties;

    WalletApi api;

    /** The member app: the only account that may send a member's tokens. */
    WalletApi app;

    /** An OPERATIONS operator: decides unknown outcomes (with the chain's word or a second operator). */
    WalletApi operations;

    WalletSimulatorTestBase(TestDatabases.Kind database) {
        super(TestApplication.on(database));
    }

    @BeforeEach
    void setUp() {
        api = new WalletApi(port);
        TestSecrets.register(mblockProperties.transitFeeWalletKey().reveal());
        app = operator("MEMBER_APP");
        operations = operator("OPERATIONS");
    }

    @AfterEach
    void clearFaultsAndCheckResponses() {
        faults.clear(MBlockSandbox.VENDOR, "transferByWalletKey");
        faults.clear(MBlockSandbox.VENDOR, "transitCallback");
        assertNoSecretInAnyResponse();
    }

    String memberAppUsername;

    /** A new operator with the role, as a client of the API; the member app's name is kept. */
    WalletApi operator(String role) {
        String password = "wallet-test-password-" + TestIds.unique("p");
        TestSecrets.register(password);
        String username = role.toLowerCase(Locale.ROOT).replace('_', '-') + "-"
                + TestIds.unique("u").toLowerCase(Locale.ROOT);
        assertThat(api.post(
                                "/api/v1/operators",
                                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"roles\":[\""
                                        + role + "\"]}")
                        .status())
                .isEqualTo(201);
        if (role.equals("MEMBER_APP")) {
            memberAppUsername = username;
        }
        return api.as(username, password);
    }

    /** A new member, registered (wallets are created for registered members only). */
    String registeredMember() {
        return OrganizationFixtures.registered(context, TestIds.member());
    }

    String fundedWallet(String member) {
        String address = api.post(walletPath(member), "").text("address");
        registerKeyOf(address);
        fund(address, null, "1");
        fund(address, TOKEN, "50");
        return address;
    }

    void fund(String address, String contract, String amount) {
        String body = contract == null
                ? "{\"address\":\"" + address + "\",\"amount\":\"" + amount + "\"}"
                : "{\"address\":\"" + address + "\",\"contract\":\"" + contract + "\",\"amount\":\"" + amount + "\"}";
        assertThat(api.post("/sandbox/mblock/faucet", body).status()).isEqualTo(200);
    }

    /** Wallet keys live in the simulator; registering them lets the log scan look for them too. */
    void registerKeyOf(String address) {
        mblock.walletKeyOf(address).ifPresent(TestSecrets::register);
    }

    static String newAddress() {
        return "0x" + UUID.randomUUID().toString().replace("-", "") + "00000000";
    }

    WalletApi.Answer awaitStatus(long id, String status) {
        await(() -> status.equals(api.get("/api/v1/wallet-transactions/" + id).text("status")));
        return api.get("/api/v1/wallet-transactions/" + id);
    }

    static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 15 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError(interrupted);
            }
        }
    }

    void assertNoSecretInAnyResponse() {
        for (String body : api.bodies()) {
            for (String secret : TestSecrets.all()) {
                assertThat(body).as("a response body").doesNotContain(secret);
            }
        }
    }

    static String walletPath(String member) {
        return "/api/v1/members/" + member + "/wallet";
    }

    static String callbackPath(String callbackToken) {
        return "/api/v1/callbacks/mblock/transit?callbackToken=" + callbackToken;
    }
}
