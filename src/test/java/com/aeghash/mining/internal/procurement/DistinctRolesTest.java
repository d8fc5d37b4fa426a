package com.aeghash.mining.internal.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.aeghash.security.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DistinctRolesTest {

    @Test
    void oneOperationsAndOneFinanceOperatorAreComplementaryInEitherOrder() {
        assertThat(DistinctRoles.complementary(Set.of(Role.OPERATIONS), Set.of(Role.FINANCE)))
                .isTrue();
        assertThat(DistinctRoles.complementary(Set.of(Role.FINANCE), Set.of(Role.OPERATIONS)))
                .isTrue();
        assertThat(DistinctRoles.complementary(Set.of(Role.OPERATIONS, Role.FINANCE), Set.of(Role.FINANCE)))
                .isTrue();
    }

    @Test
    void twoOperatorsOfTheSameRoleOrAnUnknownOneAreNot() {
        assertThat(DistinctRoles.complementary(Set.of(Role.OPERATIONS), Set.of(Role.OPERATIONS)))
                .isFalse();
        assertThat(DistinctRoles.complementary(Set.of(Role.FINANCE), Set.of(Role.FINANCE)))
                .isFalse();
        assertThat(DistinctRoles.complementary(Set.of(), Set.of(Role.FINANCE))).isFalse();
    }
}
