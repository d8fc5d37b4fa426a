package com.aeghash.partner.internal.settings;

import com.aeghash.config.ManagedSecret;
import com.aeghash.config.ManagedSecrets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Puts every partner secret in the start-up key report (fingerprint and rotation date, never the value),
 * with the 60-day rotation AEGMALL keys follow; a previous secret still configured is reported too, so
 * operators see that a rotation is not finished.
 */
@Component
class PartnerSecretsReport implements ManagedSecrets {

    static final Duration ROTATION_PERIOD = Duration.ofDays(60);
    private final PartnerRegistry registry;

    PartnerSecretsReport(PartnerRegistry registry) {
        this.registry = registry;
    }

    @Override
    public List<ManagedSecret> managedSecrets() {
        List<ManagedSecret> secrets = new ArrayList<>();
        for (PartnerSettings partner : registry.all()) {
            secrets.add(new ManagedSecret(
                    partner.variablePrefix() + "_SECRET", partner.secret(), partner.rotatedAt(), ROTATION_PERIOD));
            if (partner.previousSecret() != null) {
                secrets.add(new ManagedSecret(
                        partner.variablePrefix() + "_SECRET_PREVIOUS",
                        partner.previousSecret(),
                        null,
                        ROTATION_PERIOD));
            }
        }
        return secrets;
    }
}
