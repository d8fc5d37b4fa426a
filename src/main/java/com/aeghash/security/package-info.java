/**
 * Who may call the platform: operator accounts (bcrypt hashes, roles OPERATIONS, FINANCE, ADMIN), the changes of
 * their access a second administrator confirms, HTTP Basic and form login for people (sessions in the database, ended
 * when an operator's access changes), service tokens and member JWTs for the member app and monitoring, the sign-in
 * throttle, and the paths left open on purpose.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "audit", "notification"})
package com.aeghash.security;
