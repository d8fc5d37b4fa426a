package com.aeghash.organization;

import com.aeghash.organization.internal.InMemoryOrganization;
import com.aeghash.organization.internal.OrganizationInternals;
import java.math.BigDecimal;
import org.springframework.context.ApplicationContext;

/**
 * The organization for other modules' tests: through its API, and where the API has no such call (the root,
 * folding leg volume now) through {@link OrganizationInternals}, so that no other module names its internals.
 */
public final class OrganizationFixtures {

    private OrganizationFixtures() {}

    /**
     * The root of the application's organization. The contexts are shared: when the database has no root yet,
     * {@code newRootId} is registered as the root by {@code actor}.
     */
    public static String root(ApplicationContext context, String newRootId, String actor) {
        return OrganizationInternals.rootMemberId(context)
                .orElseGet(() -> context.getBean(OrganizationChanges.class)
                        .register(new Registration(newRootId, null, null), actor)
                        .memberId());
    }

    /**
     * Registers {@code memberId} under the root (referred and sponsored by it; the root is created first when the
     * database has none) unless it is registered already, and returns it: a registered member, the only kind money
     * moves for.
     */
    public static String registered(ApplicationContext context, String memberId) {
        if (context.getBean(OrganizationQueries.class).isRegistered(memberId)) {
            return memberId;
        }
        String root = root(context, memberId, "fixture");
        if (!root.equals(memberId)) {
            context.getBean(OrganizationChanges.class).register(new Registration(memberId, root, root), "fixture");
        }
        return memberId;
    }

    /** Folds pending sales volume into the leg PV totals now, instead of waiting a second for the job. */
    public static void foldLegVolume(ApplicationContext context) {
        OrganizationInternals.foldLegVolume(context);
    }

    /** A fresh, empty organization on in-memory repositories: no Spring, no database. */
    public static InMemory inMemory() {
        return new InMemoryOrganization();
    }

    /** An organization on in-memory repositories. */
    public interface InMemory {

        OrganizationChanges changes();

        OrganizationQueries queries();

        RegisteredMember root(String memberId);

        /** Registers a member referred and sponsored by the same member. */
        RegisteredMember under(String sponsorId, String memberId);

        /** Folds pending sales volume into the leg PV totals, as the leg-volume job does. */
        void foldLegVolume();

        /** The folded PV total of the member's left leg in the sponsor (binary) tree. */
        BigDecimal leftLegPv(String memberId);
    }
}
