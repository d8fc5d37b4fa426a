package com.aeghash.withdrawal.internal;

import com.aeghash.testsupport.PostgresIntegrationTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/** Like {@link VendorPayoutIntegrationTest}, on a fresh PostgreSQL schema. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@PostgresIntegrationTest
@TestPropertySource(locations = "classpath:vendor-payout-test.properties")
@interface VendorPayoutPostgresIntegrationTest {}
