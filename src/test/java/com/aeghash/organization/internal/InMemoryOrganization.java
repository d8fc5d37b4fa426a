package com.aeghash.organization.internal;

import com.aeghash.organization.RegisteredMember;
import com.aeghash.organization.Registration;
import com.aeghash.testsupport.InMemoryTransactions;
import java.time.Clock;

/** The organization's services on in-memory repositories: a fresh, empty organization per instance. */
public final class InMemoryOrganization {

    public final InMemoryMemberRepository members = new InMemoryMemberRepository();
    public final InMemoryUnilevelTreeRepository unilevel = new InMemoryUnilevelTreeRepository();
    public final InMemoryBinaryTreeRepository binary = new InMemoryBinaryTreeRepository();
    public final InMemorySalesVolumeEventRepository salesVolume = new InMemorySalesVolumeEventRepository(binary);
    public final LegVolumeJob legVolumes = new LegVolumeJob(salesVolume, binary, InMemoryTransactions.unitOfWork());
    public final OrganizationChangesService service;
    public final OrganizationQueriesService reader;

    public InMemoryOrganization() {
        this(OrganizationProperties.defaults());
    }

    public InMemoryOrganization(OrganizationProperties properties) {
        service = new OrganizationChangesService(members, unilevel, binary, salesVolume, properties, Clock.systemUTC());
        reader = new OrganizationQueriesService(members, unilevel, binary, properties);
    }

    public RegisteredMember root(String memberId) {
        return service.register(new Registration(memberId, null, null), "test");
    }

    /** Registers a member referred and sponsored by the same member. */
    public RegisteredMember under(String sponsorId, String memberId) {
        return service.register(new Registration(memberId, sponsorId, sponsorId), "test");
    }
}
