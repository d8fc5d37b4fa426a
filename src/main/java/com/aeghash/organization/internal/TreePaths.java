package com.aeghash.organization.internal;

import com.aeghash.organization.Upline;
import java.util.ArrayList;
import java.util.List;

/**
 * Pure helpers for stored paths: the member ids from the root down to the node itself, joined by '/'
 * (member ids never contain '/'). The depth of a node is the number of its ancestors.
 */
final class TreePaths {

    static final char SEPARATOR = '/';

    private TreePaths() {}

    static String root(String memberId) {
        return memberId;
    }

    static String child(String parentPath, String memberId) {
        return parentPath + SEPARATOR + memberId;
    }

    /** The ancestors nearest first, at most {@code levelsMax}; level 1 is the parent. */
    static List<Upline> uplines(String path, int levelsMax) {
        List<Upline> uplines = new ArrayList<>(Math.min(levelsMax, 64));
        int end = path.lastIndexOf(SEPARATOR);
        while (end > 0 && uplines.size() < levelsMax) {
            int start = path.lastIndexOf(SEPARATOR, end - 1);
            uplines.add(new Upline(uplines.size() + 1, path.substring(start + 1, end)));
            end = start;
        }
        return uplines;
    }

    /** Every ancestor, root first. */
    static List<String> ancestorsFromRoot(String path) {
        List<String> members = new ArrayList<>(List.of(path.split(String.valueOf(SEPARATOR))));
        members.remove(members.size() - 1);
        return members;
    }
}
