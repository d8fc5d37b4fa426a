package com.aeghash.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.organization.Upline;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TreePathsAndReferralCodesTest {

    @Test
    void uplinesAreReadNearestFirstAndCappedByLevels() {
        String path = TreePaths.child(TreePaths.child(TreePaths.child(TreePaths.root("r"), "a"), "b"), "me");

        assertThat(path).isEqualTo("r/a/b/me");
        assertThat(TreePaths.uplines(path, 10))
                .containsExactly(new Upline(1, "b"), new Upline(2, "a"), new Upline(3, "r"));
        assertThat(TreePaths.uplines(path, 2)).containsExactly(new Upline(1, "b"), new Upline(2, "a"));
        assertThat(TreePaths.uplines("r", 10)).isEmpty();
        assertThat(TreePaths.ancestorsFromRoot(path)).containsExactly("r", "a", "b");
    }

    @Test
    void referralCodesAreEightRandomCharactersOfTheUnambiguousAlphabet() {
        Set<String> codes = new HashSet<>();
        Set<Character> used = new HashSet<>();
        for (int draw = 0; draw < 10_000; draw++) {
            String code = ReferralCodes.random();
            codes.add(code);
            code.chars().forEach(character -> used.add((char) character));
        }

        assertThat(codes).allSatisfy(code -> assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{8}"));
        assertThat(codes).hasSizeGreaterThan(9_990);
        assertThat(used).hasSize(32);
    }

    @Test
    void theSameMemberNumberNoLongerGivesTheSameCodeOnEveryInstallation() {
        InMemoryOrganization one = new InMemoryOrganization();
        InMemoryOrganization other = new InMemoryOrganization();

        String first = one.root("r").referralCode();
        String second = other.root("r").referralCode();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void typedCodesAreReadAsCrockfordBase32() {
        assertThat(ReferralCodes.typed("ab1z0xyq")).contains("AB1Z0XYQ");
        assertThat(ReferralCodes.typed("OIL23456")).contains("01123456");
        assertThat(ReferralCodes.typed("ABC-1234")).isEmpty();
        assertThat(ReferralCodes.typed(" ABC1234")).isEmpty();
        assertThat(ReferralCodes.typed("")).isEmpty();
        assertThat(ReferralCodes.typed("A".repeat(17))).isEmpty();
        assertThat(ReferralCodes.typed(null)).isEmpty();
    }
}
