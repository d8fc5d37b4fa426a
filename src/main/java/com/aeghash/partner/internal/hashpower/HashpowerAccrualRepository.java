package com.aeghash.partner.internal.hashpower;

import java.util.Optional;

/** Hash-power credits of partners, unique per partner and reference. */
interface HashpowerAccrualRepository {

    /** Stores the accrual; false when the partner's reference exists. */
    boolean insert(HashpowerAccrual accrual);

    Optional<HashpowerAccrual> find(String partnerId, String reference);
}
