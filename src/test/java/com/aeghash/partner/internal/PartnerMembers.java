package com.aeghash.partner.internal;

import com.aeghash.organization.OrganizationChanges;
import com.aeghash.organization.OrganizationFixtures;
import com.aeghash.organization.Registration;
import com.aeghash.testsupport.TestIds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.context.ApplicationContext;

/**
 * Members for the partner tests, registered through the organization module's API, so that orders run through
 * the real bonus engine and hash power goes to real members. The contexts are shared: every call builds below
 * the organization's root (registered here when the database has none yet) with fresh ids.
 */
class PartnerMembers {

    /**
     * Uplines of every {@link #buyer()}: with the default plan (referral 10 generations, sponsor 20 levels) all
     * 30 paid levels fall inside the buyer's own chain, so the amounts do not depend on what other tests built.
     */
    static final int UPLINES = 20;
    /** Entries of an order of a {@link #buyer()}: 10 referral generations and 20 sponsor levels. */
    static final int ENTRIES_PER_ORDER = 30;

    private final OrganizationChanges organization;
    private final ApplicationContext context;

    PartnerMembers(OrganizationChanges organization, ApplicationContext context) {
        this.organization = organization;
        this.context = context;
    }

    /** A new member referred and sponsored by the root. */
    String registered() {
        String member = TestIds.member();
        register(member, root());
        return member;
    }

    /**
     * A new buyer at the end of a new chain of {@link #UPLINES} members, each referring and sponsoring the next
     * (both trees are the same chain there: every sponsor's left slot is free).
     */
    Buyer buyer() {
        String previous = root();
        List<String> chain = new ArrayList<>();
        String prefix = TestIds.unique("up");
        for (int index = 1; index <= UPLINES; index++) {
            String member = prefix + "-" + index;
            register(member, previous);
            chain.add(member);
            previous = member;
        }
        String buyer = TestIds.member();
        register(buyer, previous);
        Collections.reverse(chain);
        return new Buyer(buyer, List.copyOf(chain));
    }

    private void register(String member, String upline) {
        organization.register(new Registration(member, upline, upline), "partner-test");
    }

    private String root() {
        return OrganizationFixtures.root(context, TestIds.unique("root"), "partner-test");
    }

    /** A registered buyer and its uplines, nearest first (the same members in both trees). */
    record Buyer(String memberId, List<String> uplines) {

        /** The upline at {@code level} (1 = referrer and binary parent). */
        String upline(int level) {
            return uplines.get(level - 1);
        }
    }
}
