package com.aeghash.sandbox.internal.mblock;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The simulated chain and custody: wallets (address and current key), balances per token, and a receipt for
 * every transfer. All state is in memory and lost on restart, like a fresh test network.
 */
public class SimulatedChain {

    static final String NATIVE = "BNB";
    static final String FAUCET_ADDRESS = "0x0000000000000000000000000000000000000000";
    private static final Pattern ADDRESS = Pattern.compile("^0x[0-9a-fA-F]{40}$");
    private static final int RECEIPTS_LISTED_MAX = 200;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> addressByKey = new HashMap<>();
    private final Map<String, Map<String, BigDecimal>> balances = new HashMap<>();
    private final Map<String, SimulatedReceipt> receipts = new LinkedHashMap<>();
    private final BigDecimal gasPerTransfer;
    private final Clock clock;

    public SimulatedChain(BigDecimal gasPerTransfer, Clock clock) {
        this.gasPerTransfer = gasPerTransfer;
        this.clock = clock;
    }

    static boolean isAddress(String value) {
        return value != null && ADDRESS.matcher(value).matches();
    }

    /** A new custodial wallet: its address and the key that moves its funds. */
    public synchronized Map.Entry<String, String> createWallet() {
        String address = "0x" + randomHex(20);
        String walletKey = randomHex(32);
        addressByKey.put(walletKey, address);
        return Map.entry(address, walletKey);
    }

    /** Registers a wallet under a key chosen by configuration (the transit fee wallet); returns its address. */
    synchronized String adoptWallet(String walletKey) {
        return addressByKey.computeIfAbsent(walletKey, key -> "0x" + randomHex(20));
    }

    public synchronized Optional<String> addressOf(String walletKey) {
        return Optional.ofNullable(walletKey == null ? null : addressByKey.get(walletKey));
    }

    /** For tests and the sandbox explorer: the current key of an address. */
    public synchronized Optional<String> walletKeyOf(String address) {
        return addressByKey.entrySet().stream()
                .filter(entry -> entry.getValue().equalsIgnoreCase(address))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** Replaces the key; the old one stops working at once. */
    synchronized String refresh(String walletKey) {
        String address = addressByKey.remove(walletKey);
        if (address == null) {
            throw new SimulatedRejection(SimulatedRejection.INVALID_WALLET_KEY);
        }
        String fresh = randomHex(32);
        addressByKey.put(fresh, address);
        return fresh;
    }

    public synchronized BigDecimal balanceOf(String address, String token) {
        return balances.getOrDefault(normalize(address), Map.of()).getOrDefault(tokenKey(token), BigDecimal.ZERO);
    }

    /** Faucet: credits the address out of nothing. */
    public synchronized SimulatedReceipt fund(String address, String token, BigDecimal amount) {
        credit(address, tokenKey(token), amount);
        return record(FAUCET_ADDRESS, address, token, amount, "faucet");
    }

    /** Moves {@code amount} of the token and burns the gas from the sender, or refuses without changing anything. */
    synchronized SimulatedReceipt transfer(String from, String to, String token, BigDecimal amount, String kind) {
        if (amount == null || amount.signum() <= 0) {
            throw new SimulatedRejection(SimulatedRejection.VOLUME_ZERO_OR_BALANCE_LOW);
        }
        String key = tokenKey(token);
        BigDecimal nativeNeeded = NATIVE.equals(key) ? amount.add(gasPerTransfer) : gasPerTransfer;
        if (!NATIVE.equals(key) && balanceOf(from, token).compareTo(amount) < 0) {
            throw new SimulatedRejection(SimulatedRejection.VOLUME_ZERO_OR_BALANCE_LOW);
        }
        if (balanceOf(from, null).compareTo(nativeNeeded) < 0) {
            throw new SimulatedRejection(
                    NATIVE.equals(key)
                            ? SimulatedRejection.VOLUME_ZERO_OR_BALANCE_LOW
                            : SimulatedRejection.NOT_ENOUGH_BALANCE);
        }
        credit(from, NATIVE, nativeNeeded.negate());
        if (!NATIVE.equals(key)) {
            credit(from, key, amount.negate());
        }
        credit(to, key, amount);
        return record(from, to, token, amount, kind);
    }

    /** True when the address holds enough BNB to pay one transfer's gas. */
    synchronized boolean canPayGas(String address) {
        return balanceOf(address, null).compareTo(gasPerTransfer) >= 0;
    }

    public synchronized Optional<SimulatedReceipt> receipt(String txid) {
        return Optional.ofNullable(txid == null ? null : receipts.get(txid.toLowerCase(Locale.ROOT)));
    }

    /** Receipts sent from or to the address, newest first (the sandbox's chain explorer). */
    public synchronized List<SimulatedReceipt> receiptsOf(String address) {
        List<SimulatedReceipt> found = new ArrayList<>();
        for (SimulatedReceipt receipt : receipts.values()) {
            if (receipt.from().equalsIgnoreCase(address) || receipt.to().equalsIgnoreCase(address)) {
                found.add(0, receipt);
            }
        }
        return found.subList(0, Math.min(found.size(), RECEIPTS_LISTED_MAX));
    }

    private void credit(String address, String tokenKey, BigDecimal delta) {
        balances.computeIfAbsent(normalize(address), ignored -> new HashMap<>())
                .merge(tokenKey, delta, BigDecimal::add);
    }

    private SimulatedReceipt record(String from, String to, String token, BigDecimal amount, String kind) {
        String txid = "0x" + randomHex(32);
        String contract = token == null ? null : token.toLowerCase(Locale.ROOT);
        SimulatedReceipt receipt = new SimulatedReceipt(txid, from, to, contract, amount, kind, clock.instant());
        receipts.put(txid, receipt);
        return receipt;
    }

    private static String tokenKey(String token) {
        return token == null ? NATIVE : token.toLowerCase(Locale.ROOT);
    }

    private static String normalize(String address) {
        return address.toLowerCase(Locale.ROOT);
    }

    private String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
