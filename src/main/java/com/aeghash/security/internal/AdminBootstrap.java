package com.aeghash.security.internal;

import com.aeghash.common.Secret;
import com.aeghash.security.SecurityProperties;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Makes sure an administrator exists once the schema is migrated. With {@code AEGHASH_ADMIN_PASSWORD}
 * it seeds that password; otherwise, where allowed (sandbox), it generates one and prints it once on
 * standard output (not through the logging system, which may ship logs elsewhere).
 */
@Component
class AdminBootstrap implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private final OperatorAccountsService operators;
    private final SecurityProperties properties;

    AdminBootstrap(OperatorAccountsService operators, SecurityProperties properties) {
        this.operators = operators;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        Secret password = properties.adminPassword();
        boolean generated = false;
        if (password == null) {
            if (!properties.generateAdminPassword()) {
                if (operators.bootstrapAdminNeeded()) {
                    throw new IllegalStateException(
                            "no administrator exists: set AEGHASH_ADMIN_PASSWORD for the first start");
                }
                return;
            }
            password = randomPassword();
            generated = true;
        }
        if (operators.bootstrapAdmin(properties.adminUsername(), password)) {
            log.info("created administrator '{}'", properties.adminUsername());
            if (generated) {
                System.out.printf(
                        "%n  Administrator '%s' created with the generated password: %s%n"
                                + "  (shown once; set AEGHASH_ADMIN_PASSWORD to choose it)%n%n",
                        properties.adminUsername(), password.reveal());
            }
        }
    }

    private static Secret randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Secret.of(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }
}
