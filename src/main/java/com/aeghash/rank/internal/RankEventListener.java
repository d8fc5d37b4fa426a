package com.aeghash.rank.internal;

import com.aeghash.organization.MemberRegistered;
import com.aeghash.partner.PartnerOrderPaid;
import com.aeghash.partner.PartnerOrderRefunded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Recomputes ranks when their inputs changed. Each event arrives through the event publication registry once the
 * registration or order committed, and is handled in its own transaction: a registration or order that rolled
 * back changes no rank, and a failed recomputation stays an incomplete publication to be handed over again.
 */
@Component
class RankEventListener {

    private final IncrementalRanks ranks;

    RankEventListener(IncrementalRanks ranks) {
        this.ranks = ranks;
    }

    @ApplicationModuleListener
    void on(MemberRegistered event) {
        ranks.registered(event.memberId(), event.referrerId(), event.unilevelDepth());
    }

    @ApplicationModuleListener
    void on(PartnerOrderPaid event) {
        ranks.ownSalesChanged(event.memberId(), RankCause.ORDER_PAID, event.orderReference());
    }

    @ApplicationModuleListener
    void on(PartnerOrderRefunded event) {
        ranks.ownSalesChanged(event.memberId(), RankCause.ORDER_REFUNDED, event.orderReference());
    }
}
