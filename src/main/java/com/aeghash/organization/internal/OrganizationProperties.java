package com.aeghash.organization.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the organization ({@code aeghash.organization.*}), checked at boot.
 *
 * @param depthMax                deepest level a member may be placed at in either tree (paths are stored
 *                                whole: 10,000 levels of 64-character ids stay within one VARCHAR)
 * @param readDepthMax            deepest subtree the organization read returns
 * @param readNodesMax            most nodes in one organization read (wide unilevel trees are cut there)
 * @param uplineLevelsMax         most levels one upline read returns
 * @param placementAttemptsMax    slot claims lost to concurrent registrations before giving up (503)
 */
@ConfigurationProperties("aeghash.organization")
record OrganizationProperties(
        @DefaultValue("10000") int depthMax,
        @DefaultValue("10") int readDepthMax,
        @DefaultValue("2000") int readNodesMax,
        @DefaultValue("100") int uplineLevelsMax,
        @DefaultValue("64") int placementAttemptsMax) {

    static final int DEPTH_LIMIT = 10_000;

    public OrganizationProperties {
        require(depthMax >= 1 && depthMax <= DEPTH_LIMIT, "depth-max must be 1.." + DEPTH_LIMIT);
        require(readDepthMax >= 1 && readDepthMax <= 20, "read-depth-max must be 1..20");
        require(readNodesMax >= 1 && readNodesMax <= 10_000, "read-nodes-max must be 1..10000");
        require(uplineLevelsMax >= 1 && uplineLevelsMax <= 1000, "upline-levels-max must be 1..1000");
        require(placementAttemptsMax >= 1 && placementAttemptsMax <= 1000, "placement-attempts-max must be 1..1000");
    }

    /** The defaults, for tests and tools that build the services without Spring. */
    public static OrganizationProperties defaults() {
        return new OrganizationProperties(10_000, 10, 2000, 100, 64);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("aeghash.organization." + message);
        }
    }
}
