package com.aeghash.rank.internal;

import com.aeghash.testsupport.IntegrationTest;

@IntegrationTest
class RecomputationAgreementIT extends RecomputationAgreementContract {}
