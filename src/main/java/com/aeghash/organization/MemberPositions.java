package com.aeghash.organization;

import java.util.Optional;

/** Where a member sits in both trees, for operators (the console's member page). */
public interface MemberPositions {

    /** Empty when the member is not registered. */
    Optional<MemberPosition> position(String memberId);
}
