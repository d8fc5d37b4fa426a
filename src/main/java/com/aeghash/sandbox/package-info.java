/**
 * In-app simulators of the MBlock and HashDam APIs with fault injection, mounted under {@code /sandbox/...} only
 * when {@code aeghash.sandbox.enabled=true} (the default profile). All internal: vendor clients call it over HTTP.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common"})
package com.aeghash.sandbox;
