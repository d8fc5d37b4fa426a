package com.aeghash.security.internal;

import com.aeghash.security.Role;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads operators for HTTP Basic and form login. */
@Component
class OperatorDetailsService implements UserDetailsService {

    private final OperatorRepository operators;

    OperatorDetailsService(OperatorRepository operators) {
        this.operators = operators;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var stored = operators.find(username).orElseThrow(() -> new UsernameNotFoundException("unknown operator"));
        return User.withUsername(username)
                .password(stored.passwordHash())
                .disabled(!stored.operator().enabled())
                .authorities(stored.operator().roles().stream()
                        .map(Role::authority)
                        .map(SimpleGrantedAuthority::new)
                        .toList())
                .build();
    }
}
