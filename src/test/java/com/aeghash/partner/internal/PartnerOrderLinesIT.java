package com.aeghash.partner.internal;

import com.aeghash.testsupport.IntegrationTest;

/** {@link PartnerOrderLinesTestBase} on the embedded H2 database. */
@IntegrationTest
@WithTestPartners
class PartnerOrderLinesIT extends PartnerOrderLinesTestBase {}
