package com.aeghash.withdrawal.internal;

import com.aeghash.testsupport.IntegrationTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/** The whole application on H2 with the real payout adapters against the in-app HashDam and MBlock simulators. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@IntegrationTest
@TestPropertySource(locations = "classpath:vendor-payout-test.properties")
@interface VendorPayoutIntegrationTest {}
