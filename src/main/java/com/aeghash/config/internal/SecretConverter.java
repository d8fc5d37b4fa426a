package com.aeghash.config.internal;

import com.aeghash.common.Secret;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Binds configuration text to {@link Secret}; blank text binds to {@code null} (= not configured). */
@Component
@ConfigurationPropertiesBinding
class SecretConverter implements Converter<String, Secret> {

    @Override
    public Secret convert(String source) {
        return Secret.ofNullable(source);
    }
}
