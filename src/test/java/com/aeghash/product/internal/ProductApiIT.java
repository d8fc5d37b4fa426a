package com.aeghash.product.internal;

import com.aeghash.testsupport.IntegrationTest;

/** {@link ProductApiTestBase} on the embedded H2 database. */
@IntegrationTest
class ProductApiIT extends ProductApiTestBase {}
