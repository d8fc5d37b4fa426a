package com.aeghash.organization.internal;

class InMemoryOrganizationRepositoryTest extends OrganizationRepositoryContract {

    @Override
    Repositories createRepositories() {
        InMemoryBinaryTreeRepository binary = new InMemoryBinaryTreeRepository();
        return new Repositories(
                new InMemoryMemberRepository(),
                new InMemoryUnilevelTreeRepository(),
                binary,
                new InMemorySalesVolumeEventRepository(binary));
    }
}
