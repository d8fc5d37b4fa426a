package com.aeghash.withdrawal.internal;

import com.aeghash.testsupport.IntegrationTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/** The whole application on H2 with the scripted gateway and test risk thresholds; one context for all users. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@IntegrationTest
@Import(WithdrawalTestConfiguration.class)
@TestPropertySource(locations = "classpath:withdrawal-test.properties")
@interface WithdrawalIntegrationTest {}
