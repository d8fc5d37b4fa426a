package com.aeghash.common;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * Which member ids are registered. One rule for every module: money moves, and member state (a wallet, a withdrawal
 * address, hash power) is created, only for a registered member; any other id is a 422 {@code unknown_member}.
 * Declared here, so that every module may ask without depending on the organization module, which implements it
 * (its {@code OrganizationQueries}).
 */
public interface RegisteredMembers {

    boolean isRegistered(String memberId);

    /**
     * The id, when it is registered.
     *
     * @throws ApiException 422 {@code unknown_member} naming {@code field} otherwise
     */
    default String requireRegistered(String memberId, String field) {
        if (!isRegistered(memberId)) {
            throw unknownMember(memberId, field);
        }
        return memberId;
    }

    /** The 422 {@code unknown_member} of an id that is not registered. */
    static ApiException unknownMember(String memberId, String field) {
        return new ApiException(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "unknown_member",
                field,
                "member " + memberId + " is not registered",
                Map.of());
    }
}
