package com.aeghash.sandbox.internal.mblock;

import com.aeghash.common.Amounts;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The methods of the simulated MBlock API, validating their fields in the order and with the error texts of
 * the contract. Each either answers or throws {@link SimulatedRejection}.
 */
class MBlockMethods {

    private final SimulatedChain chain;
    private final TransitRunner transits;
    private final MBlockSimulatorProperties properties;
    private final OwnCallbackTarget callbackTarget;
    private final SecureRandom random = new SecureRandom();
    private volatile TransitSettings savedTransitSettings = TransitSettings.EMPTY;

    MBlockMethods(
            SimulatedChain chain,
            TransitRunner transits,
            MBlockSimulatorProperties properties,
            OwnCallbackTarget callbackTarget) {
        this.chain = chain;
        this.transits = transits;
        this.properties = properties;
        this.callbackTarget = callbackTarget;
    }

    SimulatorAnswer balanceOf(JsonNode request) {
        String address = address(request, "address");
        String contract = optionalContract(request);
        return SimulatorAnswer.success(
                SimulatorAnswer.fields().put("amount", Amounts.format(chain.balanceOf(address, contract))));
    }

    SimulatorAnswer receiptByHash(JsonNode request) {
        SimulatedReceipt receipt = chain.receipt(text(request, "txid"))
                .orElseThrow(() -> new SimulatedRejection(SimulatedRejection.RECEIPT_NOT_FOUND));
        String contract = optionalContract(request);
        if (receipt.token() == null && contract != null) {
            // A native BNB transfer emits no token transfer logs.
            throw new SimulatedRejection(SimulatedRejection.LOGS_NOT_FOUND);
        }
        if (receipt.token() != null && !receipt.token().equalsIgnoreCase(String.valueOf(contract))) {
            throw new SimulatedRejection(SimulatedRejection.CONTRACT_INCORRECT);
        }
        return SimulatorAnswer.success(SimulatorAnswer.fields()
                .put("from", receipt.from())
                .put("to", receipt.to())
                .put("amount", Amounts.format(receipt.amount()))
                .put("message", "success"));
    }

    SimulatorAnswer transferByWalletKey(JsonNode request) {
        String from = walletOf(request);
        String contract = optionalContract(request);
        String to = address(request, "to");
        BigDecimal amount = amount(request);
        SimulatedReceipt receipt = chain.transfer(from, to, contract, amount, "transfer");
        return SimulatorAnswer.success(
                SimulatorAnswer.fields().put("txid", receipt.txid()).put("message", "success"));
    }

    SimulatorAnswer requestWallet() {
        Map.Entry<String, String> wallet = chain.createWallet();
        return SimulatorAnswer.success(SimulatorAnswer.fields()
                .put("address", wallet.getKey())
                .put("walletKey", wallet.getValue())
                .put("message", "success"));
    }

    SimulatorAnswer refreshWallet(JsonNode request) {
        String fresh = chain.refresh(text(request, "walletKey"));
        return SimulatorAnswer.success(SimulatorAnswer.fields().put("walletKey", fresh));
    }

    /** No {@code config}: read; {@code config: {}}: reset; a {@code config} object: save it. */
    SimulatorAnswer transitConfig(JsonNode request) {
        JsonNode config = request.get("config");
        if (config != null && !config.isNull()) {
            savedTransitSettings =
                    config.isEmpty() ? TransitSettings.EMPTY : withOwnCallback(TransitSettings.parse(config));
        }
        return SimulatorAnswer.success(SimulatorAnswer.fields().set("config", savedTransitSettings.toJson()));
    }

    SimulatorAnswer transitByWalletKey(JsonNode request) {
        String user = walletOf(request);
        String contract = requiredContract(request);
        String to = address(request, "to");
        BigDecimal amount = request.hasNonNull("amount") ? amount(request) : null;
        TransitSettings settings = effectiveSettings(request);
        String feeWallet = chain.addressOf(settings.feeWalletKey())
                .orElseThrow(() -> new SimulatedRejection(SimulatedRejection.INVALID_CONFIGURATION));
        BigDecimal balance = chain.balanceOf(user, contract);
        if (balance.signum() == 0 || amount != null && balance.compareTo(amount) < 0) {
            throw new SimulatedRejection(SimulatedRejection.VOLUME_ZERO_OR_BALANCE_LOW);
        }
        String token = "TR" + HexFormat.of().formatHex(randomBytes());
        long delayMillis = Math.min(
                properties.transitDelayMax().toMillis(),
                1000L * (settings.delaySeconds() == null ? 1 : settings.delaySeconds()));
        transits.schedule(new TransitOrder(
                token, user, to, contract, amount, feeWallet, settings.fee(), settings.callback(), delayMillis));
        return SimulatorAnswer.success(SimulatorAnswer.fields().put("token", token));
    }

    private TransitSettings effectiveSettings(JsonNode request) {
        JsonNode override = request.get("config");
        TransitSettings settings = override == null || override.isNull()
                ? savedTransitSettings
                : savedTransitSettings.overriddenBy(TransitSettings.parse(override));
        return withOwnCallback(settings.complete());
    }

    /** Settings whose callback, if any, is this server's own callback endpoint; error 18 otherwise. */
    private TransitSettings withOwnCallback(TransitSettings settings) {
        if (settings.callback() != null && !callbackTarget.accepts(settings.callback())) {
            throw new SimulatedRejection(SimulatedRejection.INVALID_CONFIGURATION);
        }
        return settings;
    }

    private String walletOf(JsonNode request) {
        return chain.addressOf(text(request, "walletKey"))
                .orElseThrow(() -> new SimulatedRejection(SimulatedRejection.INVALID_WALLET_KEY));
    }

    private static String address(JsonNode request, String field) {
        String value = text(request, field);
        if (!SimulatedChain.isAddress(value)) {
            throw new SimulatedRejection(SimulatedRejection.ADDRESS_INCORRECT);
        }
        return value;
    }

    private static String optionalContract(JsonNode request) {
        String value = text(request, "contract");
        if (value == null || value.isBlank()) {
            return null;
        }
        return contract(value);
    }

    private static String requiredContract(JsonNode request) {
        String value = text(request, "contract");
        if (value == null || value.isBlank()) {
            throw new SimulatedRejection(SimulatedRejection.UNSUPPORTED_TOKEN);
        }
        return contract(value);
    }

    /** A 0x address is a token contract; a bare word is a token symbol, which this API does not support. */
    private static String contract(String value) {
        if (SimulatedChain.isAddress(value)) {
            return value;
        }
        throw new SimulatedRejection(
                value.startsWith("0x") ? SimulatedRejection.CONTRACT_INCORRECT : SimulatedRejection.UNSUPPORTED_TOKEN);
    }

    private static BigDecimal amount(JsonNode request) {
        JsonNode node = request.get("amount");
        try {
            if (node != null && node.isString()) {
                return Amounts.parse(node.stringValue());
            }
            if (node != null && node.isNumber()) {
                return Amounts.parse(node.decimalValue().toPlainString());
            }
        } catch (IllegalArgumentException notAnAmount) {
            throw new SimulatedRejection(SimulatedRejection.VOLUME_REQUIRED);
        }
        throw new SimulatedRejection(SimulatedRejection.VOLUME_REQUIRED);
    }

    private static String text(JsonNode request, String field) {
        JsonNode node = request.get(field);
        return node != null && node.isString() ? node.stringValue() : null;
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return bytes;
    }
}
