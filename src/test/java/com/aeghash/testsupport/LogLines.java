package com.aeghash.testsupport;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The messages one logger writes while it is open, formatted as the log shows them ({@code try (LogLines lines =
 * LogLines.of(SomeClass.class)) {...}}): for tests of what reaches the log, such as escaped request text.
 */
public final class LogLines implements AutoCloseable {

    private final Logger logger;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private LogLines(Logger logger) {
        this.logger = logger;
        appender.start();
        logger.addAppender(appender);
    }

    public static LogLines of(Class<?> owner) {
        return of(owner.getName());
    }

    public static LogLines of(String loggerName) {
        return new LogLines((Logger) LoggerFactory.getLogger(loggerName));
    }

    /** Every message so far, oldest first, with its arguments filled in. */
    public List<String> messages() {
        return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    /** The messages logged at level ERROR so far, oldest first. */
    public List<String> errors() {
        return appender.list.stream()
                .filter(event -> event.getLevel() == Level.ERROR)
                .map(ILoggingEvent::getFormattedMessage)
                .toList();
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        appender.stop();
    }
}
