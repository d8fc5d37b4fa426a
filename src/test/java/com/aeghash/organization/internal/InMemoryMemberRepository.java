package com.aeghash.organization.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Members in memory, for unit tests without a database. */
public class InMemoryMemberRepository implements MemberRepository {

    private final Map<String, String> codesByMember = new HashMap<>();
    private final Set<String> codes = new HashSet<>();
    private final Map<String, String> namesByMember = new HashMap<>();
    private String root;

    @Override
    public synchronized boolean insert(
            String memberId, String referralCode, Instant registeredAt, String registeredBy, String name) {
        if (codesByMember.containsKey(memberId) || codes.contains(referralCode)) {
            return false;
        }
        if (name != null) {
            namesByMember.put(memberId, name);
        }
        codesByMember.put(memberId, referralCode);
        codes.add(referralCode);
        return true;
    }

    @Override
    public synchronized boolean claimRoot(String memberId) {
        if (root != null) {
            return false;
        }
        root = memberId;
        return true;
    }

    @Override
    public synchronized Optional<String> rootMemberId() {
        return Optional.ofNullable(root);
    }

    @Override
    public synchronized boolean exists(String memberId) {
        return codesByMember.containsKey(memberId);
    }

    @Override
    public synchronized Optional<String> referralCode(String memberId) {
        return Optional.ofNullable(codesByMember.get(memberId));
    }

    @Override
    public synchronized Map<String, String> names(Collection<String> memberIds) {
        Map<String, String> names = new HashMap<>();
        memberIds.stream().filter(namesByMember::containsKey).forEach(id -> names.put(id, namesByMember.get(id)));
        return names;
    }

    @Override
    public synchronized Optional<String> memberIdByReferralCode(String referralCode) {
        return codesByMember.entrySet().stream()
                .filter(entry -> entry.getValue().equals(referralCode))
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
