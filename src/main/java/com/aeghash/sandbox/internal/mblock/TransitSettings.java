package com.aeghash.sandbox.internal.mblock;

import java.math.BigDecimal;
import java.net.URI;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The transit configuration object of the contract. A per-request override replaces only the fields it
 * names; {@link #complete} checks that every field a transit needs is known (else error 18).
 */
record TransitSettings(BigDecimal fee, String feeWalletKey, Integer delaySeconds, Integer count, String callback) {

    static final TransitSettings EMPTY = new TransitSettings(null, null, null, null, null);

    /** Reads a {@code config} object; malformed fields are error 18 ("Invalid Configuration"). */
    static TransitSettings parse(JsonNode config) {
        if (!config.isObject()) {
            throw invalid();
        }
        return new TransitSettings(
                fee(config.get("fee")),
                text(config.get("feeWalletKey")),
                whole(config.get("delay"), 0),
                whole(config.get("count"), 1),
                callback(config.get("callback")));
    }

    TransitSettings overriddenBy(TransitSettings override) {
        return new TransitSettings(
                override.fee != null ? override.fee : fee,
                override.feeWalletKey != null ? override.feeWalletKey : feeWalletKey,
                override.delaySeconds != null ? override.delaySeconds : delaySeconds,
                override.count != null ? override.count : count,
                override.callback != null ? override.callback : callback);
    }

    TransitSettings complete() {
        if (fee == null || feeWalletKey == null || callback == null) {
            throw invalid();
        }
        return this;
    }

    /** The saved configuration as the vendor shows it (the fee wallet key included, as the real API does). */
    ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        if (fee != null) {
            node.put("fee", fee);
        }
        if (feeWalletKey != null) {
            node.put("feeWalletKey", feeWalletKey);
        }
        if (delaySeconds != null) {
            node.put("delay", delaySeconds);
        }
        if (count != null) {
            node.put("count", count);
        }
        if (callback != null) {
            node.put("callback", callback);
        }
        return node;
    }

    @Override
    public String toString() {
        return "TransitSettings[fee=" + fee + ", delay=" + delaySeconds + ", count=" + count + "]";
    }

    private static BigDecimal fee(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            BigDecimal value = node.isNumber() ? node.decimalValue() : new BigDecimal(node.stringValue());
            if (value.signum() < 0) {
                throw invalid();
            }
            return value;
        } catch (RuntimeException notANumber) {
            throw invalid();
        }
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString() || node.stringValue().isBlank()) {
            throw invalid();
        }
        return node.stringValue();
    }

    private static Integer whole(JsonNode node, int minimum) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || node.intValue() < minimum) {
            throw invalid();
        }
        return node.intValue();
    }

    private static String callback(JsonNode node) {
        String url = text(node);
        if (url == null) {
            return null;
        }
        try {
            URI uri = URI.create(url);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw invalid();
            }
            return url;
        } catch (IllegalArgumentException notAUrl) {
            throw invalid();
        }
    }

    private static SimulatedRejection invalid() {
        return new SimulatedRejection(SimulatedRejection.INVALID_CONFIGURATION);
    }
}
