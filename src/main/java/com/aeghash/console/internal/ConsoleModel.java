package com.aeghash.console.internal;

import com.aeghash.security.WebSecurityProperties;
import java.security.Principal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every console page can use: who is signed in and with which roles ({@code operator}, {@code roles}),
 * what they may do ({@code can}), how values are printed for them ({@code show}), and whether the API documents
 * exist ({@code apiDocs}).
 */
@ControllerAdvice(basePackageClasses = ConsoleModel.class)
class ConsoleModel {

    private final ConsoleAccess access;
    private final WebSecurityProperties web;
    private final ZoneId zone;

    ConsoleModel(
            ConsoleAccess access,
            WebSecurityProperties web,
            @Value("${aeghash.console.time-zone:Asia/Seoul}") ZoneId zone) {
        this.access = access;
        this.web = web;
        this.zone = zone;
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

    /** Whether the API documents exist here (the navigation links them only then). */
    @ModelAttribute("apiDocs")
    boolean apiDocs() {
        return web.apiDocsEnabled();
    }

    @ModelAttribute("show")
    ConsoleFormat show(Authentication authentication) {
        return new ConsoleFormat(access.allows(authentication, ConsoleAction.SEE_FULL_ADDRESSES.name()), zone);
    }
}
