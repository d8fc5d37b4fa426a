package com.aeghash.ledger.internal;

import com.aeghash.ledger.AccountRef;
import com.aeghash.ledger.EntryRequest;
import com.aeghash.ledger.PostingLine;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The checks of a {@link com.aeghash.ledger.BulkPosting} call before anything is read or written. */
final class BulkPostingRules {

    private BulkPostingRules() {}

    /** Every entry valid, references distinct, every member account in at most one line of the whole call. */
    static void validate(List<EntryRequest> requests) {
        requests.forEach(EntryValidator::validate);
        Set<String> references = new HashSet<>();
        Set<AccountRef> members = new HashSet<>();
        for (EntryRequest request : requests) {
            if (!references.add(request.reference())) {
                throw new IllegalArgumentException("reference " + request.reference() + " appears twice in one batch");
            }
            for (PostingLine line : request.lines()) {
                if (line.account().isMember() && !members.add(line.account())) {
                    throw new IllegalArgumentException(
                            "member account " + line.account() + " appears in more than one line of a bulk posting");
                }
            }
        }
    }
}
