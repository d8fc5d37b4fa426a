package com.aeghash.partner.internal.authentication;

/**
 * Where a partner call came from: the address the allowlist and the failure budget judge ({@link
 * ClientAddressResolver}: the TCP peer, or behind a trusted proxy what it forwarded), and whether the call is from
 * this machine by the stricter rule of {@link com.aeghash.common.web.LocalCallers} (what a partner allowed only
 * {@code local} callers needs).
 */
record Caller(String address, boolean local) {}
