package com.aeghash.common.web;

import com.aeghash.common.Amounts;
import com.aeghash.common.TimeInputs;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * The readers of the JSON input rules ({@link JsonConfiguration}) that Jackson has no setting for: amounts
 * ({@link Amounts#PLAIN_DECIMAL}, as a string or a number), dates and instants ({@link TimeInputs}, strings only),
 * and enum names without surrounding whitespace (Jackson's own reader trims them).
 */
final class StrictDeserializers {

    private StrictDeserializers() {}

    /** Every {@link BigDecimal} is an amount: a JSON string or number whose text is a plain decimal. */
    static final class AmountDeserializer extends StdScalarDeserializer<BigDecimal> {

        AmountDeserializer() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
            JsonToken token = parser.currentToken();
            if (token != JsonToken.VALUE_STRING
                    && token != JsonToken.VALUE_NUMBER_INT
                    && token != JsonToken.VALUE_NUMBER_FLOAT) {
                return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
            }
            String text = parser.getString();
            if (!Amounts.isPlainDecimal(text)) {
                return (BigDecimal) context.handleWeirdStringValue(
                        BigDecimal.class, text, "not a plain decimal (" + Amounts.PLAIN_DECIMAL + ")");
            }
            return new BigDecimal(text);
        }
    }

    /** A value read from a JSON string only, by a parser of {@link TimeInputs} that refuses with its rule. */
    static final class TextValueDeserializer<T> extends StdScalarDeserializer<T> {

        private final Function<String, T> parse;

        private TextValueDeserializer(Class<T> type, Function<String, T> parse) {
            super(type);
            this.parse = parse;
        }

        static TextValueDeserializer<LocalDate> dates() {
            return new TextValueDeserializer<>(LocalDate.class, TimeInputs::date);
        }

        static TextValueDeserializer<Instant> instants() {
            return new TextValueDeserializer<>(Instant.class, TimeInputs::instant);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (T) context.handleUnexpectedToken(handledType(), parser);
            }
            String text = parser.getString();
            try {
                return parse.apply(text);
            } catch (IllegalArgumentException refused) {
                return (T) context.handleWeirdStringValue(handledType(), text, refused.getMessage());
            }
        }
    }

    /** Wraps every enum reader so that a name with whitespace around it is refused instead of trimmed. */
    static final class ExactEnumNames extends ValueDeserializerModifier {

        @Override
        public ValueDeserializer<?> modifyEnumDeserializer(
                DeserializationConfig config,
                JavaType type,
                BeanDescription.Supplier description,
                ValueDeserializer<?> deserializer) {
            return new UntrimmedEnum(deserializer);
        }
    }

    private static final class UntrimmedEnum extends DelegatingDeserializer {

        UntrimmedEnum(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new UntrimmedEnum(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.hasToken(JsonToken.VALUE_STRING)) {
                String text = parser.getString();
                if (!text.equals(text.strip())) {
                    return context.handleWeirdStringValue(handledType(), text, "not exactly a name of the enum");
                }
            }
            return super.deserialize(parser, context);
        }
    }
}
