package com.aeghash.testsupport;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Import into a test context to count statements with {@link StatementCounter#record}. */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCountingConfiguration {

    @Bean
    static BeanPostProcessor statementCountingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource ? StatementCounter.wrap(dataSource) : bean;
            }
        };
    }
}
