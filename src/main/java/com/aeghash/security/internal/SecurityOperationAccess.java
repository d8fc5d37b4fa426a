package com.aeghash.security.internal;

import com.aeghash.common.web.OperationAccess;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The API document's view of {@link SecurityConfiguration#OPEN_PATHS} and {@link BearerAccessRules#MEMBER_PATHS}:
 * the same lists, so the document follows the rules.
 */
@Component
class SecurityOperationAccess implements OperationAccess {

    @Override
    public boolean isOpen(String method, String path) {
        return Arrays.stream(SecurityConfiguration.OPEN_PATHS).anyMatch(pattern -> matches(pattern, path));
    }

    @Override
    public boolean admitsMemberToken(String method, String path) {
        return BearerAccessRules.MEMBER_PATHS.stream()
                .anyMatch(memberPath -> memberPath.pattern().equals(path)
                        && memberPath.method().name().equals(method.toUpperCase(Locale.ROOT)));
    }

    private static boolean matches(String pattern, String path) {
        return PathPatternParser.defaultInstance.parse(pattern).matches(PathContainer.parsePath(path));
    }
}
