/**
 * Configuration and secrets: typed settings for the vendors and the platform, the production boot
 * check, the at-rest encryptor for stored secrets and the start-up report of key fingerprints and rotation.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "audit", "notification"})
package com.aeghash.config;
