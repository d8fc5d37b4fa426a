package com.aeghash.mining.internal.hashdam;

import static com.aeghash.mining.internal.hashdam.HashDamFields.bool;
import static com.aeghash.mining.internal.hashdam.HashDamFields.date;
import static com.aeghash.mining.internal.hashdam.HashDamFields.decimal;
import static com.aeghash.mining.internal.hashdam.HashDamFields.instant;
import static com.aeghash.mining.internal.hashdam.HashDamFields.integer;
import static com.aeghash.mining.internal.hashdam.HashDamFields.object;
import static com.aeghash.mining.internal.hashdam.HashDamFields.optionalDate;
import static com.aeghash.mining.internal.hashdam.HashDamFields.optionalDecimal;
import static com.aeghash.mining.internal.hashdam.HashDamFields.optionalInstant;
import static com.aeghash.mining.internal.hashdam.HashDamFields.optionalText;
import static com.aeghash.mining.internal.hashdam.HashDamFields.text;
import static com.aeghash.mining.internal.hashdam.HashDamFields.wholeNumber;

import com.aeghash.mining.internal.hashdam.HashDamFields.UnreadableDataException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/** Maps the {@code data} of each HashDam method to its record, per the field tables of the contract. */
final class HashDamData {

    private HashDamData() {}

    static ProjectInfo projectInfo(JsonNode data) {
        return new ProjectInfo(text(data, "projectName"), text(data, "coinExAccount"), instant(data, "createAt"));
    }

    static HashBalance hashBalance(JsonNode data) {
        return new HashBalance(date(data, "date"), decimal(data, "credit"), decimal(data, "power"));
    }

    static HashCreditCharge hashCreditCharge(JsonNode data) {
        return new HashCreditCharge(
                text(data, "chargeId"),
                text(data, "address"),
                decimal(data, "amount"),
                decimal(data, "price"),
                text(data, "coin"));
    }

    static HashCreditChargeEntry hashCreditChargeEntry(JsonNode item) {
        return new HashCreditChargeEntry(
                text(item, "chargeId"),
                optionalText(item, "from"),
                text(item, "to"),
                decimal(item, "amount"),
                decimal(item, "price"),
                text(item, "coin"),
                optionalDecimal(item, "credit"),
                text(item, "status"),
                instant(item, "createAt"),
                optionalInstant(item, "updateAt"));
    }

    static HashPowerSwap hashPowerSwap(JsonNode data) {
        return new HashPowerSwap(
                text(data, "swapId"), decimal(data, "amount"), decimal(data, "credit"), decimal(data, "power"));
    }

    static HashPowerSwapEntry hashPowerSwapEntry(JsonNode item) {
        return new HashPowerSwapEntry(
                text(item, "swapId"),
                decimal(item, "amount"),
                optionalDecimal(item, "credit"),
                optionalDecimal(item, "power"),
                optionalDate(item, "setDate"),
                optionalDate(item, "endDate"),
                integer(item, "period"),
                text(item, "status"),
                instant(item, "createAt"),
                optionalInstant(item, "updateAt"));
    }

    static HashRateDaily hashRateDaily(JsonNode data) {
        return new HashRateDaily(
                date(data, "date"),
                decimal(data, "hashRate"),
                decimal(data, "hashRateMega"),
                decimal(data, "efficiency"),
                decimal(data, "reject"));
    }

    static HashRateRecent hashRateRecent(JsonNode data) {
        return new HashRateRecent(
                instant(data, "timestamp"),
                decimal(data, "hashRate24h"),
                decimal(data, "hashRate1h"),
                decimal(data, "hashRate10m"),
                decimal(data, "efficiency"),
                decimal(data, "reject"));
    }

    static DailyProfit dailyProfit(JsonNode data) {
        Map<String, DailyProfit.CoinProfit> profits = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> coin : object(data, "profit").properties()) {
            requireObject(coin);
            profits.put(
                    coin.getKey(),
                    new DailyProfit.CoinProfit(
                            decimal(coin.getValue(), "total"), optionalDecimal(coin.getValue(), "price")));
        }
        return new DailyProfit(date(data, "date"), profits);
    }

    static AssetBalances assetBalances(JsonNode data) {
        if (!data.isObject()) {
            throw new UnreadableDataException("data is not an object of coins");
        }
        Map<String, AssetBalances.CoinBalance> coins = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> coin : data.properties()) {
            requireObject(coin);
            coins.put(
                    coin.getKey(),
                    new AssetBalances.CoinBalance(
                            decimal(coin.getValue(), "balance"), decimal(coin.getValue(), "available")));
        }
        return new AssetBalances(coins);
    }

    static WithdrawEntry withdrawEntry(JsonNode item) {
        return new WithdrawEntry(
                text(item, "withdrawId"),
                text(item, "coin"),
                decimal(item, "amount"),
                decimal(item, "fee"),
                text(item, "address"),
                text(item, "type"),
                optionalText(item, "message"),
                text(item, "status"),
                instant(item, "createAt"),
                optionalInstant(item, "updateAt"));
    }

    static WithdrawReceipt withdrawReceipt(JsonNode data) {
        return new WithdrawReceipt(text(data, "withdrawId"), text(data, "coin"), decimal(data, "amount"));
    }

    /** A paged answer: {@code data} is the list, {@code pagination} sits next to it in the envelope. */
    static <T> HashDamPage<T> page(JsonNode envelope, Function<JsonNode, T> itemReader) {
        JsonNode data = envelope.path("data");
        if (!data.isArray()) {
            throw new UnreadableDataException("data is not a list");
        }
        List<T> items = new ArrayList<>(data.size());
        for (JsonNode item : data.values()) {
            items.add(itemReader.apply(item));
        }
        JsonNode paging = object(envelope, "pagination");
        Pagination pagination = new Pagination(
                integer(paging, "totalPage"),
                wholeNumber(paging, "total"),
                integer(paging, "currentPage"),
                integer(paging, "count"),
                bool(paging, "hasNext"));
        return new HashDamPage<>(items, pagination);
    }

    private static void requireObject(Map.Entry<String, JsonNode> coin) {
        if (!coin.getValue().isObject()) {
            throw new UnreadableDataException(coin.getKey() + " is not an object");
        }
    }
}
