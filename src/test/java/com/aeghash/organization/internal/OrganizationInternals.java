package com.aeghash.organization.internal;

import com.aeghash.organization.OrganizationFixtures;
import java.util.Optional;
import org.springframework.context.ApplicationContext;

/**
 * What {@link OrganizationFixtures} needs of this module's internals for other modules' tests: public here,
 * because only this package may name {@link MemberRepository} and {@link LegVolumeJob}.
 */
public final class OrganizationInternals {

    private OrganizationInternals() {}

    public static Optional<String> rootMemberId(ApplicationContext context) {
        return context.getBean(MemberRepository.class).rootMemberId();
    }

    public static void foldLegVolume(ApplicationContext context) {
        context.getBean(LegVolumeJob.class).foldPending();
    }
}
