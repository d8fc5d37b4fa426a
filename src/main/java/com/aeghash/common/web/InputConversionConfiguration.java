package com.aeghash.common.web;

import com.aeghash.common.TimeInputs;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The input rules of JSON bodies ({@link JsonConfiguration}) for path variables and query parameters too: a date or
 * instant in a path or query is read by {@link TimeInputs}, so {@code +999999999-12-31} or a blank is a 400 naming
 * the parameter. (These converters replace the framework's, which accept any year; no {@code @DateTimeFormat} on a
 * parameter, or that annotation's own parser would be used instead.) Integers: {@link DecimalIntegerBinding}.
 */
@Configuration(proxyBeanMethods = false)
class InputConversionConfiguration implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, LocalDate.class, TimeInputs::date);
        registry.addConverter(String.class, Instant.class, TimeInputs::instant);
    }
}
