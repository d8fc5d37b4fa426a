package com.aeghash.common.web;

import com.aeghash.common.Amounts;
import java.math.BigDecimal;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * JSON rules of the API: every {@link BigDecimal} is an amount and is written as a plain decimal
 * string ({@code "12.5"}, never {@code 1.25E+1}), so clients never parse money through a float.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    @Bean
    JsonMapperBuilderCustomizer amountsAsStrings() {
        SimpleModule module = new SimpleModule("aeghash-amounts");
        module.addSerializer(BigDecimal.class, new AmountSerializer());
        return builder -> builder.addModule(module);
    }

    private static final class AmountSerializer extends ValueSerializer<BigDecimal> {
        @Override
        public void serialize(BigDecimal value, JsonGenerator generator, SerializationContext context) {
            generator.writeString(Amounts.format(value));
        }
    }
}
