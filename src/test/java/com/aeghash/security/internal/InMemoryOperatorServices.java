package com.aeghash.security.internal;

import com.aeghash.audit.AuditFixtures;
import com.aeghash.audit.AuditLog;
import com.aeghash.security.SecurityProperties;
import com.aeghash.testsupport.RecordingNotifier;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The security module's operator services on in-memory repositories, with what they published and alerted. */
final class InMemoryOperatorServices {

    final InMemoryOperatorRepository operators = new InMemoryOperatorRepository();
    final InMemoryOperatorChangeRepository changeRows = new InMemoryOperatorChangeRepository();
    final List<Object> events = new CopyOnWriteArrayList<>();
    final RecordingNotifier alerts = new RecordingNotifier();
    final AuditLog auditLog;
    final OperatorChangesService changes;
    final OperatorAccountsService accounts;

    /**
     * @param singleAdminSwitch the sandbox's switch (changes take effect for their maker at once)
     * @param breakGlass the only enabled administrator may confirm their own changes
     */
    InMemoryOperatorServices(Clock clock, boolean singleAdminSwitch, boolean breakGlass) {
        auditLog = AuditFixtures.inMemoryAuditLog(clock);
        SecurityProperties properties = new SecurityProperties("admin", null, false, 4, singleAdminSwitch, breakGlass);
        changes = new OperatorChangesService(changeRows, operators, auditLog, alerts, clock, events::add, properties);
        BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new OperatorDetailsService(operators));
        passwords.setPasswordEncoder(encoder);
        accounts = new OperatorAccountsService(
                operators, changes, encoder, auditLog, clock, events::add, new CurrentPasswords(passwords));
    }
}
