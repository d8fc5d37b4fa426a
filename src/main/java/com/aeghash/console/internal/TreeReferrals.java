package com.aeghash.console.internal;

import com.aeghash.common.ApiException;
import com.aeghash.organization.OrganizationNode;
import com.aeghash.organization.OrganizationQueries;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A member's direct referrals in the referral tree's outline, a page of {@link #PAGE_SIZE} at a time by member id
 * (the shared keyset pager, {@link ConsolePaging}): a wide level shows its first page and a "show more" that loads the
 * next one after the last referral shown ({@code after}); a page that starts further in (the one holding a revealed
 * member) also has a "show earlier" that loads the page before its first referral ({@code back}). Both links lead to
 * the children fragment ({@code /console/organization/children}), which answers the page in place of the link.
 */
final class TreeReferrals {

    static final int PAGE_SIZE = 50;
    static final String CHILDREN = "/console/organization/children";
    private static final ConsolePaging.Keyset<OrganizationNode> KEYSET =
            ConsolePaging.Keyset.inOrder("after", OrganizationNode::memberId).withPrevious("back");

    private final OrganizationQueries organization;

    TreeReferrals(OrganizationQueries organization) {
        this.organization = organization;
    }

    /**
     * The page after {@code after} (with its "show more"), or the one before {@code back} (with its "show earlier"),
     * or the first; a 404 for a member not in the tree.
     */
    ConsolePage<OrganizationNode> page(String memberId, String after, String back) {
        ConsolePage<OrganizationNode> page = read(memberId, after, back);
        return Text.blankToNull(back) == null ? forwardOnly(page) : backOnly(page);
    }

    /** The page that holds {@code wanted}: the first page when it is on it, else the page that starts at it. */
    ConsolePage<OrganizationNode> holding(String memberId, String wanted) {
        ConsolePage<OrganizationNode> first = forwardOnly(read(memberId, null, null));
        if (first.items().stream().anyMatch(node -> node.memberId().equals(wanted))) {
            return first;
        }
        List<OrganizationNode> before =
                organization.referrals(memberId, wanted, true, 1).orElseThrow(() -> notFound(memberId));
        return before.isEmpty() ? first : read(memberId, before.get(0).memberId(), null);
    }

    /** The first page of referrals already read with the subtree (sorted by member id like every page). */
    static ConsolePage<OrganizationNode> firstOf(OrganizationNode node) {
        return ConsolePaging.read(
                KEYSET,
                addressOf(node.memberId()),
                null,
                PAGE_SIZE,
                (cursor, rows) -> node.children().stream().limit(rows).toList());
    }

    private ConsolePage<OrganizationNode> read(String memberId, String after, String back) {
        return ConsolePaging.read(
                KEYSET,
                addressOf(memberId),
                after,
                back,
                PAGE_SIZE,
                (cursor, rows) ->
                        organization.referrals(memberId, cursor, false, rows).orElseThrow(() -> notFound(memberId)),
                (cursor, rows) ->
                        organization.referrals(memberId, cursor, true, rows).orElseThrow(() -> notFound(memberId)));
    }

    private static UriComponentsBuilder addressOf(String memberId) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("memberId", memberId);
        filters.put("tree", "unilevel");
        return ConsolePaging.addressOf(CHILDREN, filters);
    }

    /** Loaded after what is shown: the referrals before it are on the page already. */
    private static ConsolePage<OrganizationNode> forwardOnly(ConsolePage<OrganizationNode> page) {
        return new ConsolePage<>(page.items(), null, null, page.next(), null, null, page.nextLabel());
    }

    /** Loaded before what is shown: the referrals after it are on the page already. */
    private static ConsolePage<OrganizationNode> backOnly(ConsolePage<OrganizationNode> page) {
        return new ConsolePage<>(page.items(), null, page.previous(), null, null, page.previousLabel(), null);
    }

    private static ApiException notFound(String memberId) {
        return ApiException.notFound("member " + memberId);
    }
}
