package com.aeghash.partner.internal.settings;

import com.aeghash.common.Secret;
import com.aeghash.partner.internal.settings.PartnerSettings.PartnerLimits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;

/**
 * Reads the partners from {@code AEGMALL_<PARTNER>_*} variables. Their names are dynamic, so instead of a
 * {@code @ConfigurationProperties} binding the reader <em>scans the names</em> of every enumerable property
 * source of the {@code Environment} (OS environment, system properties, config files, test properties) for
 * {@code AEGMALL_<PARTNER>_KEY}, then reads each partner's other variables through the environment, which
 * applies the usual precedence (an OS variable overrides {@code application-sandbox.yml}).
 *
 * <p>Every problem names the variable and what is wrong, never its value.
 */
final class PartnerEnvironmentReader {

    static final String PREFIX = "AEGMALL_";
    /** The {@code _ALLOWED_IPS} value that allows callers on this machine only. */
    static final String LOCAL_CALLERS = "local";

    private static final Pattern KEY_VARIABLE = Pattern.compile("^AEGMALL_([A-Z0-9]+(?:_[A-Z0-9]+)*)_KEY$");
    private static final List<String> SUFFIXES = List.of(
            "_KEY",
            "_SECRET",
            "_SECRET_PREVIOUS",
            "_ALLOWED_IPS",
            "_ROTATED_AT",
            "_SIGNATURE_V1_UNTIL",
            "_RATE_LIMIT_PER_SECOND",
            "_ORDER_TOTAL_MAX",
            "_ORDER_PV_MAX",
            "_HASHPOWER_MAX");
    private static final Pattern KEY_ID_SHAPE = Pattern.compile("^[A-Za-z0-9._~-]{8,128}$");
    private static final Pattern SECRET_SHAPE = Pattern.compile("^[\\x21-\\x7E]{32,512}$");
    private static final int PARTNER_ID_LENGTH_MAX = 32;
    private static final int RATE_LIMIT_MAX = 1_000_000;

    static final int DEFAULT_REQUESTS_PER_SECOND = 100;
    static final BigDecimal DEFAULT_ORDER_TOTAL_MAX = new BigDecimal("1000000");
    static final BigDecimal DEFAULT_ORDER_PV_MAX = new BigDecimal("1000000");
    static final BigDecimal DEFAULT_HASHPOWER_MAX = new BigDecimal("100000");

    /** The partners read, and every problem found (empty when the configuration is usable). */
    record Result(List<PartnerSettings> partners, List<String> problems) {}

    private final Function<String, String> lookup;
    private final boolean production;
    private final List<String> problems = new ArrayList<>();

    private PartnerEnvironmentReader(Function<String, String> lookup, boolean production) {
        this.lookup = lookup;
        this.production = production;
    }

    static Result read(ConfigurableEnvironment environment, boolean production) {
        return read(variableNames(environment), environment::getProperty, production);
    }

    static Result read(Collection<String> variableNames, Function<String, String> lookup, boolean production) {
        PartnerEnvironmentReader reader = new PartnerEnvironmentReader(lookup, production);
        List<PartnerSettings> partners = reader.readAll(new TreeSet<>(variableNames));
        return new Result(partners, List.copyOf(reader.problems));
    }

    /** Every property name starting with {@code AEGMALL_} in an enumerable property source. */
    static Set<String> variableNames(ConfigurableEnvironment environment) {
        Set<String> names = new TreeSet<>();
        environment.getPropertySources().forEach(source -> {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    if (name.startsWith(PREFIX)) {
                        names.add(name);
                    }
                }
            }
        });
        return names;
    }

    /** Blank variables count as unset (a copied {@code .env.example} configures nothing). */
    private List<PartnerSettings> readAll(Set<String> allNames) {
        Set<String> names = new TreeSet<>();
        allNames.stream().filter(name -> text(name) != null).forEach(names::add);
        List<String> prefixes = new ArrayList<>();
        for (String name : names) {
            Matcher matcher = KEY_VARIABLE.matcher(name);
            if (matcher.matches()) {
                prefixes.add(PREFIX + matcher.group(1));
            }
        }
        reportStrayVariables(names, prefixes);
        List<PartnerSettings> partners = new ArrayList<>();
        for (String prefix : prefixes) {
            PartnerSettings partner = readPartner(prefix);
            if (partner != null) {
                partners.add(partner);
            }
        }
        reportDuplicateKeys(partners);
        return partners;
    }

    private PartnerSettings readPartner(String prefix) {
        int problemsBefore = problems.size();
        String id = prefix.substring(PREFIX.length()).toLowerCase(Locale.ROOT);
        if (id.length() > PARTNER_ID_LENGTH_MAX) {
            problems.add(prefix + "_KEY: the partner name is longer than " + PARTNER_ID_LENGTH_MAX + " characters");
        }
        String keyId = required(prefix + "_KEY", KEY_ID_SHAPE, "8-128 letters, digits, '.', '_', '~' or '-'");
        String secret = required(prefix + "_SECRET", SECRET_SHAPE, "32-512 printable characters without spaces");
        String previous =
                optional(prefix + "_SECRET_PREVIOUS", SECRET_SHAPE, "32-512 printable characters without spaces");
        if (secret != null && secret.equals(previous)) {
            problems.add(prefix + "_SECRET_PREVIOUS equals " + prefix + "_SECRET (unset it once the rotation is over)");
        }
        boolean localCallersOnly = LOCAL_CALLERS.equalsIgnoreCase(text(prefix + "_ALLOWED_IPS"));
        List<IpRange> ranges = localCallersOnly ? List.of() : allowedRanges(prefix + "_ALLOWED_IPS");
        LocalDate rotatedAt = date(prefix + "_ROTATED_AT", "ISO date of the last secret rotation, e.g. 2026-01-31");
        LocalDate signatureV1Until = date(
                prefix + "_SIGNATURE_V1_UNTIL",
                "ISO date: the last day signature version 1 is accepted; a past date accepts version 2 only");
        PartnerLimits limits = new PartnerLimits(
                rateLimit(prefix + "_RATE_LIMIT_PER_SECOND"),
                positiveAmount(prefix + "_ORDER_TOTAL_MAX", DEFAULT_ORDER_TOTAL_MAX),
                positiveAmount(prefix + "_ORDER_PV_MAX", DEFAULT_ORDER_PV_MAX),
                positiveAmount(prefix + "_HASHPOWER_MAX", DEFAULT_HASHPOWER_MAX));
        if (problems.size() > problemsBefore) {
            return null;
        }
        return new PartnerSettings(
                id,
                prefix,
                keyId,
                Secret.of(secret),
                Secret.ofNullable(previous),
                ranges,
                localCallersOnly,
                rotatedAt,
                signatureV1Until,
                limits);
    }

    private String required(String name, Pattern shape, String expected) {
        String value = text(name);
        if (value == null) {
            problems.add(name + " is missing");
            return null;
        }
        return checked(name, value, shape, expected);
    }

    private String optional(String name, Pattern shape, String expected) {
        String value = text(name);
        return value == null ? null : checked(name, value, shape, expected);
    }

    private String checked(String name, String value, Pattern shape, String expected) {
        if (!shape.matcher(value).matches()) {
            problems.add(name + " is malformed (expected " + expected + ")");
            return null;
        }
        return value;
    }

    private List<IpRange> allowedRanges(String name) {
        String value = text(name);
        if (value == null) {
            if (production) {
                problems.add(name + " is missing (comma-separated CIDRs; 0.0.0.0/0,::/0 allows any address)");
            }
            return List.of();
        }
        List<IpRange> ranges = new ArrayList<>();
        String[] entries = value.split(",");
        for (int index = 0; index < entries.length; index++) {
            try {
                ranges.add(IpRange.parse(entries[index]));
            } catch (IllegalArgumentException malformed) {
                String reason = LOCAL_CALLERS.equalsIgnoreCase(entries[index].trim())
                        ? LOCAL_CALLERS + " stands alone, without CIDRs"
                        : malformed.getMessage();
                problems.add(name + " is malformed (entry " + (index + 1) + ": " + reason + ")");
            }
        }
        return ranges;
    }

    /** An ISO date, required in prod ({@code meaning} says what it is in the message). */
    private LocalDate date(String name, String meaning) {
        String value = text(name);
        if (value == null) {
            if (production) {
                problems.add(name + " is missing (" + meaning + ")");
            }
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notIso) {
            problems.add(name + " is malformed (expected an ISO date such as 2026-01-31)");
            return null;
        }
    }

    private int rateLimit(String name) {
        String value = text(name);
        if (value == null) {
            return DEFAULT_REQUESTS_PER_SECOND;
        }
        if (!value.matches("\\d{1,7}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > RATE_LIMIT_MAX) {
            problems.add(name + " is malformed (expected a whole number 1-" + RATE_LIMIT_MAX + ")");
            return DEFAULT_REQUESTS_PER_SECOND;
        }
        return Integer.parseInt(value);
    }

    private BigDecimal positiveAmount(String name, BigDecimal fallback) {
        String value = text(name);
        if (value == null) {
            return fallback;
        }
        try {
            BigDecimal amount = new BigDecimal(value);
            if (amount.signum() > 0) {
                return amount;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problems.add(name + " is malformed (expected a positive decimal)");
        return fallback;
    }

    private void reportStrayVariables(Set<String> names, List<String> prefixes) {
        for (String name : names) {
            boolean belongs = prefixes.stream()
                    .anyMatch(prefix -> SUFFIXES.stream().anyMatch(suffix -> name.equals(prefix + suffix)));
            if (!belongs) {
                problems.add(name + " is not a setting of any configured partner (known suffixes: "
                        + String.join(", ", SUFFIXES) + "; each partner needs AEGMALL_<PARTNER>_KEY)");
            }
        }
    }

    private void reportDuplicateKeys(List<PartnerSettings> partners) {
        Map<String, String> prefixByKey = new HashMap<>();
        for (PartnerSettings partner : partners) {
            String other = prefixByKey.putIfAbsent(partner.keyId(), partner.variablePrefix());
            if (other != null) {
                problems.add(partner.variablePrefix() + "_KEY has the same value as " + other + "_KEY");
            }
        }
    }

    private String text(String name) {
        String value = lookup.apply(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
