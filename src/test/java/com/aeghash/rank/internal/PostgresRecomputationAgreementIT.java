package com.aeghash.rank.internal;

import com.aeghash.testsupport.PostgresIntegrationTest;

@PostgresIntegrationTest
class PostgresRecomputationAgreementIT extends RecomputationAgreementContract {}
