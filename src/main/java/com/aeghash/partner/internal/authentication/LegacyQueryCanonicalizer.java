package com.aeghash.partner.internal.authentication;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The string a legacy {@code GET /api/from/} call signs: every query parameter except {@code sig}, sorted by
 * name (ordinal character order, as {@code LC_ALL=C sort} on ASCII names), each written {@code name=value}
 * with name and value percent-encoded as in RFC 3986 (UTF-8; {@code A-Z a-z 0-9 - . _ ~} stay as they are,
 * every other byte becomes {@code %XX} with upper-case hex, so a space is {@code %20}), joined by {@code &}.
 * Example:
 * {@code app=miner&from=aegmall&hash=12.5&key=aegmall-key-01&nonce=n-0001&ts=1767225600&uid=member-1}.
 */
public final class LegacyQueryCanonicalizer {

    static final String SIGNATURE_PARAMETER = "sig";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private LegacyQueryCanonicalizer() {}

    /** @param parameters decoded parameter values by name (one value each) */
    public static String canonical(Map<String, String> parameters) {
        return new TreeMap<>(parameters)
                .entrySet().stream()
                        .filter(parameter -> !SIGNATURE_PARAMETER.equals(parameter.getKey()))
                        .map(parameter -> encode(parameter.getKey()) + "=" + encode(parameter.getValue()))
                        .collect(Collectors.joining("&"));
    }

    static String encode(String text) {
        StringBuilder encoded = new StringBuilder(text.length());
        for (byte value : text.getBytes(StandardCharsets.UTF_8)) {
            char character = (char) (value & 0xFF);
            if (isUnreserved(character)) {
                encoded.append(character);
            } else {
                encoded.append('%').append(HEX[(value >> 4) & 0x0F]).append(HEX[value & 0x0F]);
            }
        }
        return encoded.toString();
    }

    private static boolean isUnreserved(char character) {
        return (character >= 'A' && character <= 'Z')
                || (character >= 'a' && character <= 'z')
                || (character >= '0' && character <= '9')
                || character == '-'
                || character == '.'
                || character == '_'
                || character == '~';
    }
}
