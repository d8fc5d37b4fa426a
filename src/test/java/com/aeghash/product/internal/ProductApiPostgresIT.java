package com.aeghash.product.internal;

import com.aeghash.testsupport.PostgresIntegrationTest;

/** {@link ProductApiTestBase} on PostgreSQL. */
@PostgresIntegrationTest
class ProductApiPostgresIT extends ProductApiTestBase {}
