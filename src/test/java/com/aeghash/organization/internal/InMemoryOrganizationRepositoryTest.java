package com.aeghash.organization.internal;

class InMemoryOrganizationRepositoryTest extends OrganizationRepositoryContract {

    @Override
    Repositories createRepositories() {
        return new Repositories(new InMemoryMemberRepository(), new InMemoryUnilevelTreeRepository(),
                new InMemoryBinaryTreeRepository());
    }
}
