package com.aeghash.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.common.ApiException;
import com.aeghash.organization.Registration;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A registration whose random referral code is taken draws another; a member registered already stays a 409. */
class ReferralCodeCollisionTest {

    @Test
    void aTakenCodeIsDrawnAgain() {
        CollidingMembers members = new CollidingMembers(2);

        String code = service(members)
                .register(new Registration("r", null, null), "test")
                .referralCode();

        assertThat(members.attempted).hasSize(3);
        assertThat(code).isEqualTo(members.attempted.get(2));
        assertThat(members.referralCode("r")).contains(code);
    }

    @Test
    void codesTakenDrawAfterDrawEndTheRegistrationWithoutAMember() {
        CollidingMembers members = new CollidingMembers(Integer.MAX_VALUE);

        assertThatThrownBy(() -> service(members).register(new Registration("r", null, null), "test"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("referral code");
        assertThat(members.attempted).hasSize(OrganizationChangesService.REFERRAL_CODE_DRAWS);
        assertThat(members.exists("r")).isFalse();
    }

    @Test
    void aMemberRegisteredAlreadyIsAConflictNotARetry() {
        CollidingMembers members = new CollidingMembers(0);
        OrganizationChangesService service = service(members);
        service.register(new Registration("r", null, null), "test");
        service.register(new Registration("a", "r", "r"), "test");

        assertThatThrownBy(() -> service.register(new Registration("a", "r", "r"), "test"))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        conflict -> assertThat(conflict.code()).isEqualTo("member_exists"));
        assertThat(members.attempted).hasSize(3);
    }

    private static OrganizationChangesService service(MemberRepository members) {
        InMemoryBinaryTreeRepository binary = new InMemoryBinaryTreeRepository();
        return new OrganizationChangesService(
                members,
                new InMemoryUnilevelTreeRepository(),
                binary,
                new InMemorySalesVolumeEventRepository(binary),
                OrganizationProperties.defaults(),
                Clock.systemUTC());
    }

    /** Refuses the first {@code collisions} inserts as if their codes were taken. */
    private static final class CollidingMembers extends InMemoryMemberRepository {

        private final List<String> attempted = new ArrayList<>();
        private int collisions;

        CollidingMembers(int collisions) {
            this.collisions = collisions;
        }

        @Override
        public synchronized boolean insert(
                String memberId, String referralCode, Instant registeredAt, String registeredBy, String name) {
            attempted.add(referralCode);
            if (collisions > 0) {
                collisions--;
                return false;
            }
            return super.insert(memberId, referralCode, registeredAt, registeredBy, name);
        }
    }
}
