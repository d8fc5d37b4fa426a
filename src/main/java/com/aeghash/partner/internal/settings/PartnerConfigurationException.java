package com.aeghash.partner.internal.settings;

import java.util.List;

/** The {@code AEGMALL_<PARTNER>_*} variables are unusable; start-up stops. Names variables, never values. */
class PartnerConfigurationException extends IllegalStateException {

    private final List<String> problems;

    PartnerConfigurationException(List<String> problems) {
        super("AEGMALL partner configuration is invalid: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
