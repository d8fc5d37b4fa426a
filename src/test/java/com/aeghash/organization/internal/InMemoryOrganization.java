package com.aeghash.organization.internal;

import com.aeghash.organization.OrganizationChanges;
import com.aeghash.organization.OrganizationFixtures;
import com.aeghash.organization.OrganizationQueries;
import com.aeghash.organization.RegisteredMember;
import com.aeghash.organization.Registration;
import com.aeghash.testsupport.InMemoryTransactions;
import java.math.BigDecimal;
import java.time.Clock;

/** The organization's services on in-memory repositories: a fresh, empty organization per instance. */
public final class InMemoryOrganization implements OrganizationFixtures.InMemory {

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

    @Override
    public OrganizationChanges changes() {
        return service;
    }

    @Override
    public OrganizationQueries queries() {
        return reader;
    }

    @Override
    public RegisteredMember root(String memberId) {
        return service.register(new Registration(memberId, null, null), "test");
    }

    @Override
    public RegisteredMember under(String sponsorId, String memberId) {
        return service.register(new Registration(memberId, sponsorId, sponsorId), "test");
    }

    @Override
    public void foldLegVolume() {
        legVolumes.foldPending();
    }

    @Override
    public BigDecimal leftLegPv(String memberId) {
        return binary.find(memberId).orElseThrow().leftLegPv();
    }
}
