package com.aeghash.config.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.testsupport.TestEnvironments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The prod boot check, on environments built in memory (the real one of this machine is ignored). */
class ProductionReadinessCheckTest {

    static final String GOOD_KEY = "c2VjcmV0LWtleS0zMi1ieXRlcy1sb25nLXh4eHh4eHg=";

    static Map<String, Object> completeProduction() {
        Map<String, Object> values = new HashMap<>();
        values.put("DATABASE_URL", "jdbc:postgresql://db.internal:5432/aeghash");
        values.put("spring.datasource.url", "jdbc:postgresql://db.internal:5432/aeghash");
        values.put("MBLOCK_API_BASE_URL", "https://tenant.mblockapi.com/bsc");
        values.put("MBLOCK_API_KEY", "prod-mblock-key-0123456789");
        values.put("HASHDAM_API_KEY", "prod-hashdam-key-0123456789");
        values.put("ALERT_WEBHOOK_URL", "https://hooks.slack.com/services/T000/B000/XXXX");
        values.put("AEGHASH_ENCRYPTION_KEY", GOOD_KEY);
        return values;
    }

    static StandardEnvironment environment(Map<String, Object> values) {
        return TestEnvironments.of(values, "prod");
    }

    @Test
    void completeProductionConfigurationPasses() {
        assertThat(ProductionReadinessCheck.problemsOf(environment(completeProduction())))
                .isEmpty();
    }

    @Test
    void emptyEnvironmentNamesEveryMissingVariable() {
        List<String> problems = ProductionReadinessCheck.problemsOf(environment(new HashMap<>()));

        assertThat(String.join("\n", problems))
                .contains(
                        "DATABASE_URL is missing",
                        "MBLOCK_API_KEY is missing",
                        "HASHDAM_API_KEY is missing",
                        "ALERT_WEBHOOK_URL is missing",
                        "AEGHASH_ENCRYPTION_KEY is missing",
                        "MBLOCK_API_BASE_URL is missing");
    }

    @Test
    void malformedValuesAreNamedWithoutPrintingThem() {
        Map<String, Object> values = completeProduction();
        values.put("DATABASE_URL", "mysql://secret-host/db");
        values.put("MBLOCK_API_KEY", "short key!");
        values.put("ALERT_WEBHOOK_URL", "http://hooks.example.com/plain-http-token-123");
        values.put("AEGHASH_ENCRYPTION_KEY", "bm90LTMyLWJ5dGVz");
        values.put("MBLOCK_API_KEY_ROTATED_AT", "yesterday");

        String report = String.join("\n", ProductionReadinessCheck.problemsOf(environment(values)));

        assertThat(report)
                .contains(
                        "DATABASE_URL is malformed",
                        "MBLOCK_API_KEY is malformed",
                        "ALERT_WEBHOOK_URL is malformed",
                        "AEGHASH_ENCRYPTION_KEY is malformed",
                        "MBLOCK_API_KEY_ROTATED_AT is malformed");
        assertThat(report)
                .doesNotContain("secret-host", "short key!", "plain-http-token-123", "bm90LTMyLWJ5dGVz", "yesterday");
    }

    @Test
    void h2AndTheSandboxAreRefusedInProduction() {
        Map<String, Object> values = completeProduction();
        values.put("spring.datasource.url", "jdbc:h2:file:./data/aeghash");
        values.put("aeghash.sandbox.enabled", "true");

        assertThat(String.join("\n", ProductionReadinessCheck.problemsOf(environment(values))))
                .contains("embedded H2", "sandbox");
    }

    @Test
    void pointPayoutsNeedTheTreasuryKeyAndTheTokenContractOnlyWhileEnabled() {
        Map<String, Object> values = completeProduction();
        values.put("aeghash.withdrawal.point-payouts-enabled", "true");

        String missing = String.join("\n", ProductionReadinessCheck.problemsOf(environment(values)));
        values.put("MBLOCK_TREASURY_WALLET_KEY", "short key!");
        values.put("MBLOCK_POINT_TOKEN_CONTRACT", "0x1234");
        values.put("MBLOCK_TREASURY_WALLET_KEY_ROTATED_AT", "last-week");
        String malformed = String.join("\n", ProductionReadinessCheck.problemsOf(environment(values)));
        values.put("MBLOCK_TREASURY_WALLET_KEY", "prod-treasury-wallet-key-0123456789");
        values.put("MBLOCK_POINT_TOKEN_CONTRACT", "0x55d398326f99059ff775485246999027b3197955");
        values.put("MBLOCK_TREASURY_WALLET_KEY_ROTATED_AT", "2026-11-01");
        List<String> complete = ProductionReadinessCheck.problemsOf(environment(values));
        values.put("aeghash.withdrawal.point-payouts-enabled", "false");
        values.remove("MBLOCK_TREASURY_WALLET_KEY");
        values.remove("MBLOCK_POINT_TOKEN_CONTRACT");
        List<String> disabled = ProductionReadinessCheck.problemsOf(environment(values));

        assertThat(missing).contains("MBLOCK_TREASURY_WALLET_KEY is missing", "MBLOCK_POINT_TOKEN_CONTRACT is missing");
        assertThat(malformed)
                .contains(
                        "MBLOCK_TREASURY_WALLET_KEY is malformed",
                        "MBLOCK_POINT_TOKEN_CONTRACT is malformed",
                        "MBLOCK_TREASURY_WALLET_KEY_ROTATED_AT is malformed");
        assertThat(malformed).doesNotContain("short key!", "0x1234", "last-week");
        assertThat(complete).isEmpty();
        assertThat(disabled).isEmpty();
    }

    @Test
    void thePointPayoutSwitchIsReadFromItsEnvironmentVariableToo() {
        StandardEnvironment environment = environment(completeProduction());
        environment
                .getPropertySources()
                .addLast(new SystemEnvironmentPropertySource(
                        "os", Map.of("AEGHASH_WITHDRAWAL_POINT_PAYOUTS_ENABLED", "yes")));

        assertThat(ProductionReadinessCheck.problemsOf(environment))
                .containsExactly("AEGHASH_WITHDRAWAL_POINT_PAYOUTS_ENABLED is malformed (true or false)");
    }

    @Test
    void theTransitCallbackUrlCarriesTheCallbackTokenSoItMustBeHttps() {
        Map<String, Object> values = completeProduction();
        values.put("MBLOCK_TRANSIT_CALLBACK_URL", "http://aeghash.example.com/api/v1/callbacks/mblock/transit");
        List<String> plainHttp = ProductionReadinessCheck.problemsOf(environment(values));
        values.remove("MBLOCK_TRANSIT_CALLBACK_URL");
        values.put("aeghash.mblock.transit-callback-url", "http://aeghash.example.com/api/v1/callbacks/mblock/transit");
        List<String> boundDirectly = ProductionReadinessCheck.problemsOf(environment(values));
        values.put(
                "aeghash.mblock.transit-callback-url", "https://aeghash.example.com/api/v1/callbacks/mblock/transit");
        List<String> https = ProductionReadinessCheck.problemsOf(environment(values));

        assertThat(plainHttp).containsExactly("MBLOCK_TRANSIT_CALLBACK_URL is malformed (expected an https:// URL)");
        assertThat(boundDirectly).isEqualTo(plainHttp);
        assertThat(https).isEmpty();
    }

    @Test
    void theApiDocumentsMayBeSwitchedOnForOperatorsButNeverPublished() {
        Map<String, Object> values = completeProduction();
        values.put("aeghash.web.api-docs-enabled", "true");
        List<String> forOperators = ProductionReadinessCheck.problemsOf(environment(values));
        values.put("aeghash.web.api-docs-public", "true");
        List<String> published = ProductionReadinessCheck.problemsOf(environment(values));
        values.put("aeghash.web.api-docs-enabled", "false");
        List<String> publicButOff = ProductionReadinessCheck.problemsOf(environment(values));

        assertThat(forOperators).isEmpty();
        assertThat(published)
                .containsExactly("AEGHASH_WEB_API_DOCS_PUBLIC=true publishes the API documents without sign-in: "
                        + "prod serves them to signed-in operators only (unset it)");
        assertThat(publicButOff).isEmpty();
    }

    @Test
    void hstsMayBeLimitedToTlsRequestsOnlyWhenThisServerTerminatesTls() {
        Map<String, Object> values = completeProduction();
        values.put("aeghash.web.hsts-on-every-response", "false");
        List<String> behindAProxy = ProductionReadinessCheck.problemsOf(environment(values));
        values.put("server.ssl.enabled", "true");
        List<String> ownTls = ProductionReadinessCheck.problemsOf(environment(values));

        assertThat(behindAProxy)
                .containsExactly("AEGHASH_WEB_HSTS_ON_EVERY_RESPONSE=false: behind a TLS-terminating proxy no "
                        + "response would carry HSTS (unset it, or terminate TLS here with server.ssl.*)");
        assertThat(ownTls).isEmpty();
    }

    @Test
    void operatorChangesByOneAdministratorAreASandboxSwitchThatProdRefuses() {
        Map<String, Object> values = completeProduction();
        values.put("aeghash.security.single-admin-operator-changes", "false");
        List<String> off = ProductionReadinessCheck.problemsOf(environment(values));
        values.put("aeghash.security.single-admin-operator-changes", "true");
        List<String> on = ProductionReadinessCheck.problemsOf(environment(values));
        values.remove("aeghash.security.single-admin-operator-changes");
        values.put("AEGHASH_SECURITY_SINGLE_ADMIN_OPERATOR_CHANGES", "TRUE");
        List<String> onByVariable = ProductionReadinessCheck.problemsOf(environment(values));

        assertThat(off).isEmpty();
        assertThat(on)
                .containsExactly("AEGHASH_SECURITY_SINGLE_ADMIN_OPERATOR_CHANGES=true lets one administrator create "
                        + "operators and grant roles alone: prod needs a second administrator's confirmation (unset it; "
                        + "a single-administrator installation uses break-glass, see docs/operations.md)");
        assertThat(onByVariable).isEqualTo(on);
    }

    @Test
    void otherProfilesAreNotChecked() {
        StandardEnvironment environment = environment(new HashMap<>());
        environment.setActiveProfiles("sandbox");

        new ProductionReadinessCheck().postProcessEnvironment(environment, null);
    }

    @Test
    void theSandboxMemberAppsPublishedKeyAndIssuerAreRefusedInAnyLayout() throws IOException {
        String sandboxYaml = Files.readString(Path.of("src/main/resources/application-sandbox.yml"));
        String sandboxKey = sandboxYaml
                .substring(
                        sandboxYaml.indexOf("-----BEGIN PUBLIC KEY-----"),
                        sandboxYaml.indexOf("-----END PUBLIC KEY-----") + "-----END PUBLIC KEY-----".length())
                .replaceAll("\\s+", "\n");
        Map<String, Object> values = completeProduction();
        values.put(ProductionReadinessCheck.MEMBER_TOKEN_KEY_PROPERTY, sandboxKey.replace("\n", ""));
        values.put(ProductionReadinessCheck.MEMBER_TOKEN_ISSUER_PROPERTY, "sandbox-member-app");
        values.put("AEGHASH_MEMBER_TOKEN_JWK_SET_URI", "http://app.internal/jwks.json");
        String refused = String.join("\n", ProductionReadinessCheck.problemsOf(environment(values)));

        values.put(ProductionReadinessCheck.MEMBER_TOKEN_KEY_PROPERTY, "-----BEGIN PUBLIC KEY-----\nMIIBIjANother\n");
        values.put(ProductionReadinessCheck.MEMBER_TOKEN_ISSUER_PROPERTY, "https://app.aeghash.example");
        values.put("AEGHASH_MEMBER_TOKEN_JWK_SET_URI", "https://app.aeghash.example/jwks.json");

        assertThat(refused)
                .contains(
                        "AEGHASH_MEMBER_TOKEN_PUBLIC_KEY is the published development key",
                        "AEGHASH_MEMBER_TOKEN_ISSUER is the sandbox member app's issuer",
                        "AEGHASH_MEMBER_TOKEN_JWK_SET_URI is malformed")
                .doesNotContain("MIIB");
        assertThat(ProductionReadinessCheck.problemsOf(environment(values))).isEmpty();
    }
}
