package com.aeghash.partner.internal.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LegacyQueryCanonicalizerTest {

    @Test
    void parametersAreSortedByNameWithoutTheSignature() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("uid", "m-1");
        query.put("sig", "abc");
        query.put("from", "demo");
        query.put("app", "x");

        assertThat(LegacyQueryCanonicalizer.canonical(query)).isEqualTo("app=x&from=demo&uid=m-1");
    }

    @Test
    void valuesArePercentEncodedAsInRfc3986() {
        assertThat(LegacyQueryCanonicalizer.encode("a b+c/d~e_f.g-h")).isEqualTo("a%20b%2Bc%2Fd~e_f.g-h");
        assertThat(LegacyQueryCanonicalizer.encode("é&=")).isEqualTo("%C3%A9%26%3D");
    }

    @Test
    void queryParsingRefusesRepeatedNamesAndOverlongQueries() {
        assertThat(PartnerCallExtractor.queryParameters("a=1&b=x%20y+z"))
                .containsEntry("a", "1")
                .containsEntry("b", "x y z");
        assertThat(PartnerCallExtractor.queryParameters("a=1&a=2")).isNull();
        assertThat(PartnerCallExtractor.queryParameters("a=" + "x".repeat(3000)))
                .isNull();
        assertThat(PartnerCallExtractor.queryParameters("a=%zz")).isNull();
    }
}
