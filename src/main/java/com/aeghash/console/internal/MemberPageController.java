package com.aeghash.console.internal;

import com.aeghash.bonus.BonusDebts;
import com.aeghash.bonus.BonusEntry;
import com.aeghash.bonus.BonusOperations;
import com.aeghash.common.ApiException;
import com.aeghash.common.MemberIds;
import com.aeghash.common.web.Paging;
import com.aeghash.ledger.Ledger;
import com.aeghash.mining.Mining;
import com.aeghash.organization.MemberPositions;
import com.aeghash.organization.OrganizationQueries;
import com.aeghash.organization.Tree;
import com.aeghash.rank.RankChange;
import com.aeghash.rank.Ranks;
import com.aeghash.risk.KnownDevice;
import com.aeghash.risk.RiskChecks;
import com.aeghash.wallet.WalletTransaction;
import com.aeghash.wallet.Wallets;
import com.aeghash.withdrawal.WithdrawalOperations;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One member across the modules: ledger balances, organization position, wallet and its transactions, hash
 * power and mining figures, rank and its history, withdrawals, the devices they came from and bonus entries. Each
 * section reads one module's API; wallet transactions, rank changes, devices and bonus entries are paged, 20 a page,
 * each by its own keyset ({@code walletBefore}, {@code rankBefore}, {@code devicesBefore}, {@code entriesBefore}),
 * the others' positions kept.
 */
@Controller
@PreAuthorize(ConsoleAccess.VIEW)
class MemberPageController {

    static final int RECENT = 20;
    static final int UPLINE_LEVELS = 10;
    private static final ConsolePaging.Keyset<WalletTransaction> WALLET =
            ConsolePaging.Keyset.newestFirstById("walletBefore", WalletTransaction::id);
    private static final ConsolePaging.Keyset<RankChange> RANK_CHANGES =
            ConsolePaging.Keyset.newestFirstById("rankBefore", RankChange::id);
    private static final ConsolePaging.Keyset<BonusEntry> ENTRIES =
            ConsolePaging.Keyset.newestFirstById("entriesBefore", BonusEntry::id);
    private static final ConsolePaging.Keyset<KnownDevice> DEVICES = ConsolePaging.Keyset.newestFirst(
            "devicesBefore", device -> TimedCursor.of(device.firstSeenAt(), device.deviceId()));
    private final Ledger ledger;
    private final MemberPositions positions;
    private final OrganizationQueries organization;
    private final Wallets wallets;
    private final Mining mining;
    private final WithdrawalOperations withdrawals;
    private final BonusOperations bonus;
    private final RiskChecks risk;
    private final Ranks ranks;
    private final BonusDebts debts;

    MemberPageController(
            Ledger ledger,
            MemberPositions positions,
            OrganizationQueries organization,
            Wallets wallets,
            Mining mining,
            WithdrawalOperations withdrawals,
            BonusOperations bonus,
            RiskChecks risk,
            Ranks ranks,
            BonusDebts debts) {
        this.ranks = ranks;
        this.debts = debts;
        this.ledger = ledger;
        this.positions = positions;
        this.organization = organization;
        this.wallets = wallets;
        this.mining = mining;
        this.withdrawals = withdrawals;
        this.bonus = bonus;
        this.risk = risk;
    }

    @GetMapping("/console/members")
    String member(
            @RequestParam(required = false) String memberId,
            @RequestParam(required = false) String walletBefore,
            @RequestParam(required = false) String rankBefore,
            @RequestParam(required = false) String entriesBefore,
            @RequestParam(required = false) String devicesBefore,
            Model model,
            HttpServletRequest request) {
        String id = Text.blankToNull(memberId);
        if (id == null) {
            return "console/member";
        }
        model.addAttribute("memberId", id);
        if (!MemberIds.isValid(id)) {
            model.addAttribute("error", "not a valid member id: use 1-64 letters, digits, '.', '_' or '-'");
            return "console/member";
        }
        model.addAttribute("balances", ledger.balancesOf(id));
        model.addAttribute("bonusDebt", debts.debtOf(id));
        positions.position(id).ifPresent(position -> {
            model.addAttribute("position", position);
            model.addAttribute(
                    "binaryUplines",
                    organization.uplines(id, Tree.BINARY, UPLINE_LEVELS).orElseThrow());
            model.addAttribute(
                    "referralUplines",
                    organization.uplines(id, Tree.UNILEVEL, UPLINE_LEVELS).orElseThrow());
        });
        UriComponentsBuilder address = ConsolePaging.addressOf(request);
        ranks.rankOf(id, 0).ifPresent(rank -> {
            model.addAttribute("rank", rank);
            model.addAttribute(
                    "rankChanges",
                    ConsolePaging.read(
                            RANK_CHANGES,
                            address,
                            rankBefore,
                            RECENT,
                            (cursor, rows) -> ranks.historyBefore(
                                    id, ConsolePaging.number(cursor, RANK_CHANGES.parameter(), Long.MAX_VALUE), rows)));
        });
        addWallet(id, model, address, walletBefore);
        mining.miningBalance(id).ifPresent(record -> model.addAttribute("mining", record));
        model.addAttribute(
                "withdrawals",
                withdrawals.search(null, null, id, Paging.of(0, RECENT)).items());
        model.addAttribute("devices", ConsolePaging.read(DEVICES, address, devicesBefore, RECENT, (cursor, rows) -> {
            TimedCursor after = cursor == null ? null : TimedCursor.parse(cursor, DEVICES.parameter());
            return risk.knownDevicesBefore(
                    id, after == null ? null : after.time(), after == null ? null : after.key(), rows);
        }));
        model.addAttribute(
                "bonusEntries",
                ConsolePaging.read(
                        ENTRIES,
                        address,
                        entriesBefore,
                        RECENT,
                        (cursor, rows) -> bonus.entriesOfMember(
                                id, ConsolePaging.number(cursor, ENTRIES.parameter(), Long.MAX_VALUE), rows)));
        return "console/member";
    }

    private void addWallet(String memberId, Model model, UriComponentsBuilder address, String before) {
        try {
            model.addAttribute("wallet", wallets.wallet(memberId));
        } catch (ApiException refusal) {
            if (refusal.status() != HttpStatus.NOT_FOUND) {
                model.addAttribute("walletProblem", ConsoleProblem.of(refusal));
            }
        }
        model.addAttribute(
                "walletTransactions",
                ConsolePaging.read(
                        WALLET,
                        address,
                        before,
                        RECENT,
                        (cursor, rows) -> wallets.transactionsBefore(
                                memberId, ConsolePaging.number(cursor, WALLET.parameter(), Long.MAX_VALUE), rows)));
    }
}
