package com.aeghash.ledger;

import java.util.Objects;

/**
 * Identifies a ledger account: a member's bucket of one asset, or a system account of one asset.
 * {@code bucket} is null exactly for system accounts.
 */
public record AccountRef(OwnerType ownerType, String ownerId, Asset asset, Bucket bucket) {

    public enum OwnerType {
        MEMBER,
        SYSTEM
    }

    public AccountRef {
        Objects.requireNonNull(ownerType, "ownerType");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(asset, "asset");
        if ((ownerType == OwnerType.MEMBER) != (bucket != null)) {
            throw new IllegalArgumentException("member accounts have a bucket, system accounts do not");
        }
        if (ownerType == OwnerType.MEMBER && !asset.isMemberAsset()) {
            throw new IllegalArgumentException("members hold no " + asset + " (system accounts only)");
        }
    }

    public static AccountRef member(String memberId, Asset asset, Bucket bucket) {
        return new AccountRef(OwnerType.MEMBER, memberId, asset, Objects.requireNonNull(bucket, "bucket"));
    }

    public static AccountRef system(SystemAccount account, Asset asset) {
        return new AccountRef(OwnerType.SYSTEM, account.accountName(), asset, null);
    }

    public boolean isMember() {
        return ownerType == OwnerType.MEMBER;
    }

    @Override
    public String toString() {
        return isMember() ? ownerId + "/" + asset + "/" + bucket : "system:" + ownerId + "/" + asset;
    }
}
