package com.aeghash.idempotency;

import com.aeghash.common.ApiException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The canonical form of a request payload, whose SHA-256 identifies "the same payload" for idempotency keys:
 * object members sorted by name, no insignificant whitespace, numbers as plain decimals without trailing
 * zeros ({@code 10.50} and {@code 1.05e1} are both {@code 10.5}; never through {@code double}, so two amounts
 * that differ in the 18th decimal hash differently), strings and literals as JSON writes them. Whitespace or
 * member order therefore never makes a retry look like a different payload; duplicate member names are
 * refused because their meaning is ambiguous. A caller whose payload is not a raw JSON body (a validated request,
 * say) hashes a tree of its own, with amounts as numbers so that their notation does not matter either.
 */
@Component
public final class CanonicalJson {

    private static final int PLAIN_SCALE_MAX = 100;
    private final ObjectReader reader;
    private final JsonMapper json;

    public CanonicalJson(JsonMapper json) {
        this.json = json;
        this.reader = json.reader()
                .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }

    /** SHA-256 (hex) of {@code operation + "\n" + canonical(body)}; an empty body is the empty string. */
    public String hash(String operation, byte[] body) {
        return sha256(operation + "\n" + canonical(body));
    }

    /** SHA-256 (hex) of {@code operation + "\n"} and the canonical form of the tree. */
    public String hash(String operation, JsonNode payload) {
        return sha256(operation + "\n" + canonical(payload));
    }

    /** The canonical text of a tree (what {@link #hash(String, JsonNode)} hashes). */
    public String canonical(JsonNode payload) {
        StringBuilder out = new StringBuilder();
        write(payload, out);
        return out.toString();
    }

    public String canonical(byte[] body) {
        if (body.length == 0) {
            return "";
        }
        try {
            StringBuilder out = new StringBuilder(body.length);
            write(reader.readTree(body), out);
            return out.toString();
        } catch (JacksonException malformed) {
            throw new ApiException(
                    HttpStatus.BAD_REQUEST,
                    "malformed_json",
                    "request body is not valid JSON or repeats a member name");
        }
    }

    private void write(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            node.properties().forEach(member -> sorted.put(member.getKey(), member.getValue()));
            out.append('{');
            Iterator<Map.Entry<String, JsonNode>> members = sorted.entrySet().iterator();
            while (members.hasNext()) {
                Map.Entry<String, JsonNode> member = members.next();
                out.append(json.writeValueAsString(member.getKey())).append(':');
                write(member.getValue(), out);
                out.append(members.hasNext() ? "," : "");
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int index = 0; index < node.size(); index++) {
                out.append(index > 0 ? "," : "");
                write(node.get(index), out);
            }
            out.append(']');
        } else if (node.isNumber()) {
            out.append(plain(node.decimalValue()));
        } else {
            out.append(json.writeValueAsString(node));
        }
    }

    /** Plain digits; scientific notation only for absurd exponents, which would otherwise take memory. */
    private static String plain(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return Math.abs(stripped.scale()) > PLAIN_SCALE_MAX ? stripped.toString() : stripped.toPlainString();
    }

    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every JDK", impossible);
        }
    }
}
