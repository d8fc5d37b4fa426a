package com.aeghash.console.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page. */
@Controller
class ConsolePagesController {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
