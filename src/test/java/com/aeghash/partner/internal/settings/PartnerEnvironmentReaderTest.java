package com.aeghash.partner.internal.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Partners from AEGMALL_<PARTNER>_* variables; every problem names the variable, never the value. */
class PartnerEnvironmentReaderTest {

    private static final String SECRET = "a-secret-of-at-least-32-characters-0001";

    @Test
    void aCompletePartnerIsRead() {
        Map<String, String> variables = partner("AEGMALL_GOOD_SHOP");
        variables.put("AEGMALL_GOOD_SHOP_SECRET_PREVIOUS", "the-previous-secret-of-32-characters-01");
        variables.put("AEGMALL_GOOD_SHOP_RATE_LIMIT_PER_SECOND", "7");
        variables.put("AEGMALL_GOOD_SHOP_HASHPOWER_MAX", "12.5");

        PartnerEnvironmentReader.Result result = read(variables, true);

        assertThat(result.problems()).isEmpty();
        PartnerSettings partner = result.partners().get(0);
        assertThat(partner.id()).isEqualTo("good_shop");
        assertThat(partner.keyId()).isEqualTo("good_shop-key-01");
        assertThat(partner.previousSecret()).isNotNull();
        assertThat(partner.allowedRanges()).hasSize(2);
        assertThat(partner.rotatedAt()).hasToString("2026-11-01");
        assertThat(partner.signatureV1Until()).hasToString("2026-12-31");
        assertThat(partner.limits().requestsPerSecond()).isEqualTo(7);
        assertThat(partner.limits().hashpowerMax()).isEqualByComparingTo("12.5");
        assertThat(partner.limits().orderPvMax()).isEqualByComparingTo(PartnerEnvironmentReader.DEFAULT_ORDER_PV_MAX);
    }

    @Test
    void malformedValuesAreReportedByVariableNameOnly() {
        Map<String, String> variables = partner("AEGMALL_SHOP");
        variables.put("AEGMALL_SHOP_SECRET", "short secret");
        variables.put("AEGMALL_SHOP_ALLOWED_IPS", "203.0.113.0/24,intranet.example.com");
        variables.put("AEGMALL_SHOP_ROTATED_AT", "yesterday");
        variables.put("AEGMALL_SHOP_RATE_LIMIT_PER_SECOND", "-3");
        variables.put("AEGMALL_SHOP_ORDER_TOTAL_MAX", "lots");
        variables.put("AEGMALL_SHOP_SIGNATURE_V1_UNTIL", "soon");

        PartnerEnvironmentReader.Result result = read(variables, false);

        assertThat(result.partners()).isEmpty();
        assertThat(result.problems())
                .containsExactlyInAnyOrder(
                        "AEGMALL_SHOP_SECRET is malformed (expected 32-512 printable characters without spaces)",
                        "AEGMALL_SHOP_ALLOWED_IPS is malformed (entry 2: not an IPv4 or IPv6 address)",
                        "AEGMALL_SHOP_ROTATED_AT is malformed (expected an ISO date such as 2026-01-31)",
                        "AEGMALL_SHOP_RATE_LIMIT_PER_SECOND is malformed (expected a whole number 1-1000000)",
                        "AEGMALL_SHOP_ORDER_TOTAL_MAX is malformed (expected a positive decimal)",
                        "AEGMALL_SHOP_SIGNATURE_V1_UNTIL is malformed (expected an ISO date such as 2026-01-31)");
        assertThat(String.join(" ", result.problems())).doesNotContain("short secret", "intranet", "yesterday", "soon");
    }

    @Test
    void productionRequiresAllowedAddressesARotationDateAndAnEndToSignatureVersion1() {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("AEGMALL_SHOP_KEY", "shop-key-0001");
        variables.put("AEGMALL_SHOP_SECRET", SECRET);

        assertThat(read(variables, false).problems()).isEmpty();
        assertThat(read(variables, true).problems())
                .containsExactly(
                        "AEGMALL_SHOP_ALLOWED_IPS is missing (comma-separated CIDRs; 0.0.0.0/0,::/0 allows any address)",
                        "AEGMALL_SHOP_ROTATED_AT is missing (ISO date of the last secret rotation, e.g. 2026-01-31)",
                        "AEGMALL_SHOP_SIGNATURE_V1_UNTIL is missing (ISO date: the last day signature version 1 is"
                                + " accepted; a past date accepts version 2 only)");
    }

    @Test
    void localAllowsCallersOnThisMachineOnlyAndStandsAlone() {
        Map<String, String> local = partner("AEGMALL_DEMO");
        local.put("AEGMALL_DEMO_ALLOWED_IPS", "local");
        Map<String, String> mixed = partner("AEGMALL_DEMO");
        mixed.put("AEGMALL_DEMO_ALLOWED_IPS", "203.0.113.0/24,local");

        PartnerSettings demo = read(local, true).partners().get(0);
        assertThat(demo.localCallersOnly()).isTrue();
        assertThat(demo.allowedAddresses()).containsExactly("local");
        assertThat(demo.allowsCaller("127.0.0.1", true)).isTrue();
        assertThat(demo.allowsCaller("127.0.0.1", false)).isFalse();
        assertThat(demo.allowsCaller("203.0.113.7", false)).isFalse();
        assertThat(read(mixed, false).problems())
                .containsExactly("AEGMALL_DEMO_ALLOWED_IPS is malformed (entry 2: local stands alone, without CIDRs)");
    }

    @Test
    void strayVariablesMissingSecretsAndSharedKeysAreProblems() {
        Map<String, String> variables = partner("AEGMALL_ONE");
        variables.putAll(partner("AEGMALL_TWO"));
        variables.put("AEGMALL_TWO_KEY", "one-key-01");
        variables.put("AEGMALL_THREE_SECRET", SECRET);
        variables.put("AEGMALL_ONE_ALLOWED_IP", "203.0.113.1");
        variables.put("AEGMALL_FOUR_KEY", "four-key-0001");

        assertThat(read(variables, false).problems())
                .containsExactlyInAnyOrder(
                        "AEGMALL_FOUR_SECRET is missing",
                        "AEGMALL_TWO_KEY has the same value as AEGMALL_ONE_KEY",
                        "AEGMALL_ONE_ALLOWED_IP is not a setting of any configured partner (known suffixes: _KEY, _SECRET, "
                                + "_SECRET_PREVIOUS, _ALLOWED_IPS, _ROTATED_AT, _SIGNATURE_V1_UNTIL, _RATE_LIMIT_PER_SECOND, _ORDER_TOTAL_MAX, "
                                + "_ORDER_PV_MAX, _HASHPOWER_MAX; each partner needs AEGMALL_<PARTNER>_KEY)",
                        "AEGMALL_THREE_SECRET is not a setting of any configured partner (known suffixes: _KEY, _SECRET, "
                                + "_SECRET_PREVIOUS, _ALLOWED_IPS, _ROTATED_AT, _SIGNATURE_V1_UNTIL, _RATE_LIMIT_PER_SECOND, _ORDER_TOTAL_MAX, "
                                + "_ORDER_PV_MAX, _HASHPOWER_MAX; each partner needs AEGMALL_<PARTNER>_KEY)");
    }

    @Test
    void blankVariablesConfigureNothing() {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("AEGMALL_SHOP_KEY", "");
        variables.put("AEGMALL_SHOP_SECRET", " ");

        PartnerEnvironmentReader.Result result = read(variables, true);

        assertThat(result.partners()).isEmpty();
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void theEnvironmentIsScannedAcrossPropertySourcesAndAMalformedPartnerStopsStartUp() {
        MockEnvironment environment = new MockEnvironment();
        partner("AEGMALL_SHOP").forEach(environment::setProperty);
        environment.setProperty("AEGMALL_SHOP_ALLOWED_IPS", "10.0.0.0/40");
        environment.setActiveProfiles("prod");

        assertThatThrownBy(() -> new PartnerConfiguration().partnerRegistry(environment))
                .isInstanceOf(PartnerConfigurationException.class)
                .hasMessage("AEGMALL partner configuration is invalid: AEGMALL_SHOP_ALLOWED_IPS is malformed "
                        + "(entry 1: prefix length must be 0-32)");
    }

    @Test
    void aUsableEnvironmentBuildsTheRegistry() {
        MockEnvironment environment = new MockEnvironment();
        partner("AEGMALL_SHOP").forEach(environment::setProperty);

        PartnerRegistry registry = new PartnerConfiguration().partnerRegistry(environment);

        assertThat(registry.byKeyId("shop-key-01"))
                .hasValueSatisfying(partner -> assertThat(partner.id()).isEqualTo("shop"));
        assertThat(registry.byId("shop")).isPresent();
        assertThat(registry.byKeyId("nobody")).isEmpty();
    }

    private static Map<String, String> partner(String prefix) {
        Map<String, String> variables = new LinkedHashMap<>();
        String id = prefix.substring("AEGMALL_".length()).toLowerCase();
        variables.put(prefix + "_KEY", id + "-key-01");
        variables.put(prefix + "_SECRET", SECRET);
        variables.put(prefix + "_ALLOWED_IPS", "203.0.113.0/24, 2001:db8::/32");
        variables.put(prefix + "_ROTATED_AT", "2026-11-01");
        variables.put(prefix + "_SIGNATURE_V1_UNTIL", "2026-12-31");
        return variables;
    }

    private static PartnerEnvironmentReader.Result read(Map<String, String> variables, boolean production) {
        return PartnerEnvironmentReader.read(variables.keySet(), variables::get, production);
    }
}
