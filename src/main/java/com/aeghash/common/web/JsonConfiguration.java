package com.aeghash.common.web;

import com.aeghash.common.Amounts;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * JSON rules of the API, set once on the application's {@code JsonMapper}, so that every endpoint (operator API,
 * partner API, callbacks, console JSON) and every stored request that is read again follow them:
 *
 * <ul>
 *   <li>every {@link BigDecimal} is an amount: written as a plain decimal string ({@code "12.5"}, never
 *       {@code 1.25E+1}), read from a string or number that is a {@link Amounts#PLAIN_DECIMAL};
 *   <li>a text field takes a JSON string only (no number or boolean turned into text);
 *   <li>an enum takes exactly one of its names (no index, no number, no whitespace around it);
 *   <li>a number or boolean field takes that JSON type only (no {@code "5"}, no {@code 1.5} cut to {@code 1}, no
 *       {@code null} for a primitive);
 *   <li>dates and instants are strings within {@link com.aeghash.common.TimeInputs}' range.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    @Bean
    JsonMapperBuilderCustomizer amountsAsStrings() {
        SimpleModule module = new SimpleModule("aeghash-amounts");
        module.addSerializer(BigDecimal.class, new AmountSerializer());
        return builder -> builder.addModule(module);
    }

    @Bean
    JsonMapperBuilderCustomizer strictInput() {
        SimpleModule module = new SimpleModule("aeghash-strict-input");
        module.addDeserializer(BigDecimal.class, new StrictDeserializers.AmountDeserializer());
        module.addDeserializer(LocalDate.class, StrictDeserializers.TextValueDeserializer.dates());
        module.addDeserializer(Instant.class, StrictDeserializers.TextValueDeserializer.instants());
        module.setDeserializerModifier(new StrictDeserializers.ExactEnumNames());
        return builder -> builder.addModule(module)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .withCoercionConfig(
                        LogicalType.Textual,
                        text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    private static final class AmountSerializer extends ValueSerializer<BigDecimal> {
        @Override
        public void serialize(BigDecimal value, JsonGenerator generator, SerializationContext context) {
            generator.writeString(Amounts.format(value));
        }
    }
}
