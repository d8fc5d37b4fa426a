package com.aeghash.security.internal.tokens;

/** The answer to an issue: the token itself, shown this once, and what is stored of it. */
public record IssuedServiceToken(String token, ServiceToken serviceToken) {}
