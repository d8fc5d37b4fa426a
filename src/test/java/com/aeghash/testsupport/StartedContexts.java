package com.aeghash.testsupport;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts the application contexts started in this test JVM (component scanning puts it in every test
 * context), so the log scan can check independently that none of them truncated the run log.
 */
@Component
public class StartedContexts {

    private static final AtomicInteger STARTED = new AtomicInteger();

    @EventListener(ApplicationReadyEvent.class)
    void onStarted() {
        STARTED.incrementAndGet();
    }

    public static int count() {
        return STARTED.get();
    }
}
