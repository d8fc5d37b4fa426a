package com.aeghash.organization;

/**
 * A member's subtree down to {@code depthShown} levels below it. Nodes on the last level shown are listed
 * without their children; {@code truncated} is true when the node limit cut a level short.
 */
public record OrganizationTree(Tree tree, int depthShown, boolean truncated, OrganizationNode root) {}
