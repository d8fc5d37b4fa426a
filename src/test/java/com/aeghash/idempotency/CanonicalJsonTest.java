package com.aeghash.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.common.ApiException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CanonicalJsonTest {

    private final CanonicalJson canonical =
            new CanonicalJson(JsonMapper.builder().build());

    @Test
    void memberOrderWhitespaceAndNumberSpellingDoNotChangeTheForm() {
        String compact = canonical("{\"b\":[1,{\"y\":2.50,\"x\":\"s\"}],\"a\":10}");
        String spaced = canonical("{ \"a\" : 1e1 ,\n \"b\" : [ 1.0 , { \"x\" : \"s\", \"y\" : 2.5 } ] }");

        assertThat(compact)
                .isEqualTo("{\"a\":10,\"b\":[1,{\"x\":\"s\",\"y\":2.5}]}")
                .isEqualTo(spaced);
    }

    @Test
    void amountsDifferingInTheEighteenthDecimalHashDifferently() {
        byte[] first = "{\"amount\":0.123456789012345678}".getBytes(StandardCharsets.UTF_8);
        byte[] second = "{\"amount\":0.123456789012345679}".getBytes(StandardCharsets.UTF_8);

        assertThat(canonical.hash("op", first)).isNotEqualTo(canonical.hash("op", second));
    }

    @Test
    void theOperationIsPartOfTheHash() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);

        assertThat(canonical.hash("orders.create", body)).isNotEqualTo(canonical.hash("hashpower.credit", body));
        assertThat(canonical.hash("orders.create", body)).hasSize(64);
    }

    @Test
    void stringsKeepTheirTypeAndEscapes() {
        assertThat(canonical("{\"a\":\"10\",\"b\":\"line\\nbreak\",\"c\":null,\"d\":true}"))
                .isEqualTo("{\"a\":\"10\",\"b\":\"line\\nbreak\",\"c\":null,\"d\":true}");
    }

    @Test
    void duplicateMembersAndMalformedJsonAreRefused() {
        assertThatThrownBy(() -> canonical("{\"a\":1,\"a\":2}"))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("repeats a member name");
        assertThatThrownBy(() -> canonical("{\"a\":")).isInstanceOf(ApiException.class);
    }

    @Test
    void emptyBodyIsTheEmptyForm() {
        assertThat(canonical.canonical(new byte[0])).isEmpty();
    }

    private String canonical(String json) {
        return canonical.canonical(json.getBytes(StandardCharsets.UTF_8));
    }
}
