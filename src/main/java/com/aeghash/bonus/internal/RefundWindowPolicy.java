package com.aeghash.bonus.internal;

import com.aeghash.bonus.BonusRefundWindow;
import com.aeghash.common.ApiException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** {@link BonusRefundWindow} from {@code aeghash.bonus.refund-window-days}. */
@Component
class RefundWindowPolicy implements BonusRefundWindow {

    private final Duration window;

    RefundWindowPolicy(RefundProperties properties) {
        this.window = Duration.ofDays(properties.refundWindowDays());
    }

    @Override
    public Duration window() {
        return window;
    }

    @Override
    public void requireOpen(Instant paidAt, Instant refundedAt) {
        Instant closesAt = paidAt.plus(window);
        if (refundedAt.isAfter(closesAt)) {
            throw new ApiException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "refund_window_closed",
                    null,
                    "the order was paid at " + paidAt + "; refunds closed " + window.toDays() + " days later, at "
                            + closesAt,
                    Map.of("paidAt", paidAt.toString(), "refundWindowClosedAt", closesAt.toString()));
        }
    }
}
