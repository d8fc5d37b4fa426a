package com.aeghash.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.common.Addresses;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The masking walk over an API answer, and the access rules it and the console decide with. */
class MaskedAddressResponsesTest {

    private static final String EVM = "0x" + "ab".repeat(18) + "9f3c";
    private static final String COIN = "ltc1q" + "x7".repeat(12) + "end1";
    private static final String CONTRACT = "0x55d398326f99059ff775485246999027b3197955";
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void addressFieldsAreMaskedWholeAndAddressesInOtherTextWhereverTheyStand() {
        JsonNode answer = json.readTree("{\"destination\":\"" + COIN + "\",\"statusReason\":\"paid to " + EVM
                + "\",\"contract\":\"" + CONTRACT + "\",\"items\":[{\"to\":\"" + EVM + "\"},\"see " + EVM
                + "\"],\"metadata\":{\"address\":\"" + EVM + "\",\"note\":\"none\"},\"txid\":\"0x" + "7f".repeat(32)
                + "\",\"memberId\":\"member-7\",\"empty\":\"\",\"missing\":null}");

        boolean changed = MaskedAddressResponses.mask(answer);

        assertThat(changed).isTrue();
        assertThat(answer.path("destination").asString()).isEqualTo("ltc1qx…end1");
        assertThat(answer.path("statusReason").asString()).isEqualTo("paid to 0xabab…9f3c");
        assertThat(answer.path("contract").asString()).isEqualTo(CONTRACT);
        assertThat(answer.path("items").get(0).path("to").asString()).isEqualTo("0xabab…9f3c");
        assertThat(answer.path("items").get(1).asString()).isEqualTo("see 0xabab…9f3c");
        assertThat(answer.path("metadata").path("address").asString()).isEqualTo("0xabab…9f3c");
        assertThat(answer.path("txid").asString()).hasSize(66);
        assertThat(answer.path("memberId").asString()).isEqualTo("member-7");
        assertThat(answer.toString()).doesNotContain(EVM, COIN);
    }

    @Test
    void anAnswerWithoutAddressesIsLeftAsItIs() {
        JsonNode answer = json.readTree("{\"memberId\":\"member-7\",\"amounts\":[\"1.5\",\"2\"],\"note\":\"ok\"}");

        assertThat(MaskedAddressResponses.mask(answer)).isFalse();
        assertThat(answer.toString())
                .isEqualTo("{\"memberId\":\"member-7\",\"amounts\":[\"1.5\",\"2\"],\"note\":\"ok\"}");
    }

    @Test
    void theMaskKeepsTheBeginningAndTheEnd() {
        assertThat(Addresses.masked(EVM)).isEqualTo("0xabab…9f3c");
        assertThat(Addresses.masked("short")).isEqualTo("…rt");
        assertThat(Addresses.maskedIn("from " + EVM + " to " + EVM.toUpperCase().replace("0X", "0x")))
                .isEqualTo("from 0xabab…9f3c to 0xABAB…9F3C");
    }

    @Test
    void aRuleIsDecidedOnTheCallersRolesAndNeverForTheAnonymous() {
        var admin = UsernamePasswordAuthenticationToken.authenticated(
                "a", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN"));
        var finance = UsernamePasswordAuthenticationToken.authenticated(
                "f", null, AuthorityUtils.createAuthorityList("ROLE_FINANCE"));
        var anonymous =
                new AnonymousAuthenticationToken("k", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ADMIN"));

        assertThat(AccessRules.allows(Addresses.FULL_ADDRESS_READERS, admin)).isTrue();
        assertThat(AccessRules.allows(Addresses.FULL_ADDRESS_READERS, finance)).isFalse();
        assertThat(AccessRules.allows(Addresses.FULL_ADDRESS_READERS, anonymous))
                .isFalse();
        assertThat(AccessRules.allows(Addresses.FULL_ADDRESS_READERS, null)).isFalse();
        assertThat(AccessRules.allowsRoles(Addresses.FULL_ADDRESS_READERS, List.of("MEMBER_APP")))
                .isTrue();
        assertThat(AccessRules.allowsRoles("hasRole('ADMIN')", List.of("OPERATIONS", "FINANCE")))
                .isFalse();
    }
}
