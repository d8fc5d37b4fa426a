package com.aeghash.partner.internal;

import com.aeghash.testsupport.PostgresIntegrationTest;

/** {@link PartnerOrderLinesTestBase} on PostgreSQL (the context of {@link PartnerConcurrencyPostgresIT}). */
@PostgresIntegrationTest
@WithTestPartners
class PartnerOrderLinesPostgresIT extends PartnerOrderLinesTestBase {}
