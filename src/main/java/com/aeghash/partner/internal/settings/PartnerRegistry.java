package com.aeghash.partner.internal.settings;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The configured partners, found by the key id they sign with or by their partner id. Immutable. */
public final class PartnerRegistry {

    private final Map<String, PartnerSettings> byKeyId = new LinkedHashMap<>();
    private final Map<String, PartnerSettings> byId = new LinkedHashMap<>();

    public PartnerRegistry(Collection<PartnerSettings> partners) {
        for (PartnerSettings partner : partners) {
            if (byKeyId.put(partner.keyId(), partner) != null || byId.put(partner.id(), partner) != null) {
                throw new IllegalArgumentException("partner " + partner.id() + " is configured twice");
            }
        }
    }

    public Optional<PartnerSettings> byKeyId(String keyId) {
        return Optional.ofNullable(keyId == null ? null : byKeyId.get(keyId));
    }

    public Optional<PartnerSettings> byId(String partnerId) {
        return Optional.ofNullable(partnerId == null ? null : byId.get(partnerId));
    }

    public List<PartnerSettings> all() {
        return List.copyOf(byId.values());
    }
}
