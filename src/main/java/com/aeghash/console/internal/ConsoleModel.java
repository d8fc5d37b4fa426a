package com.aeghash.console.internal;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every console page can use: who is signed in and with which roles ({@code operator}, {@code roles}),
 * what they may do ({@code can}), and how values are printed for them ({@code show}).
 */
@ControllerAdvice(basePackageClasses = ConsoleModel.class)
class ConsoleModel {

    private final ConsoleAccess access;

    ConsoleModel(ConsoleAccess access) {
        this.access = access;
    }

    @ModelAttribute("operator")
    String operator(Principal principal) {
        return principal == null ? null : principal.getName();
    }

    @ModelAttribute("roles")
    List<String> roles(Authentication authentication) {
        return ConsoleAccess.rolesOf(authentication).stream().map(Enum::name).toList();
    }

    @ModelAttribute("can")
    Map<String, Boolean> can(Authentication authentication) {
        return access.permissions(authentication);
    }

    @ModelAttribute("show")
    ConsoleFormat show(Authentication authentication) {
        return new ConsoleFormat(access.allows(authentication, ConsoleAction.SEE_FULL_ADDRESSES.name()));
    }
}
