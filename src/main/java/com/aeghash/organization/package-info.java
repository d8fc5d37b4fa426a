/**
 * Organization: members with referral codes, the referral (unilevel) and sponsor (binary) trees with
 * breadth-first spillover placement, the spillover log and leg PV totals. Bonus uses its queries.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common"})
package com.aeghash.organization;
