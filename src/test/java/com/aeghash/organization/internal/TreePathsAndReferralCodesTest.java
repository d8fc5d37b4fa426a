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
    void referralCodesAreEightCharactersAndDistinctForDistinctNumbers() {
        Set<String> codes = new HashSet<>();
        for (long number = 1; number <= 200_000; number++) {
            codes.add(ReferralCodes.of(number));
        }

        assertThat(codes).hasSize(200_000);
        assertThat(ReferralCodes.of(1)).matches("[0-9A-HJKMNP-TV-Z]{8}");
        assertThat(ReferralCodes.of(2)).isNotEqualTo(ReferralCodes.of(1));
    }
}
