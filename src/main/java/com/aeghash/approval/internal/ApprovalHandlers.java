package com.aeghash.approval.internal;

import com.aeghash.approval.ApprovalHandler;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The handler of each kind, as the modules registered them. They are looked up once every bean exists: a module's
 * service files requests ({@code ApprovalRequests}) and its handler executes them, so the handlers cannot be
 * constructor arguments here. A malformed kind, a kind without checker roles or two handlers of one kind stop the
 * start.
 */
@Component
class ApprovalHandlers implements SmartInitializingSingleton {

    private static final Pattern KIND = Pattern.compile("^[a-z][a-z_]*(\\.[a-z][a-z_]*)+$");
    private static final int KIND_LENGTH_MAX = 64;
    private final ObjectProvider<ApprovalHandler> registered;
    private volatile Map<String, ApprovalHandler> byKind;

    ApprovalHandlers(ObjectProvider<ApprovalHandler> registered) {
        this.registered = registered;
    }

    @Override
    public void afterSingletonsInstantiated() {
        byKind = registered
                .orderedStream()
                .peek(ApprovalHandlers::requireWellFormed)
                .collect(Collectors.toUnmodifiableMap(ApprovalHandler::kind, Function.identity()));
    }

    /** The handler of a kind; an unknown kind is a bug of the module filing or storing it. */
    ApprovalHandler of(String kind) {
        if (byKind == null) {
            afterSingletonsInstantiated();
        }
        ApprovalHandler handler = byKind.get(kind);
        if (handler == null) {
            throw new IllegalStateException("no approval handler executes the kind " + kind);
        }
        return handler;
    }

    private static void requireWellFormed(ApprovalHandler handler) {
        if (!KIND.matcher(handler.kind()).matches() || handler.kind().length() > KIND_LENGTH_MAX) {
            throw new IllegalStateException("approval kind '" + handler.kind() + "' is not <module>.<action>");
        }
        if (handler.checkerRoles().isEmpty()) {
            throw new IllegalStateException("approval kind " + handler.kind() + " names no checker role");
        }
    }
}
