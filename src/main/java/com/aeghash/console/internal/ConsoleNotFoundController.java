package com.aeghash.console.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Any console URL no page answers: a console page saying so (404) with the way back, instead of the API's
 * problem JSON. Every more specific mapping wins over this pattern.
 */
@Controller
@PreAuthorize(ConsoleAccess.VIEW)
class ConsoleNotFoundController {

    @GetMapping("/console/**")
    String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("path", request.getRequestURI());
        return "console/not-found";
    }
}
