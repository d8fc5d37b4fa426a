package com.aeghash.common.web;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * An integer in a path or query (and a console form) is decimal digits with an optional minus, nothing else: the
 * framework's own reading also takes whitespace, a plus sign and hexadecimal ({@code 0x10} was page 16). An empty
 * value stays an absent one. Anything else fails to bind: a 400 naming the parameter.
 */
@ControllerAdvice
class DecimalIntegerBinding {

    private static final Pattern DECIMAL_INTEGER = Pattern.compile("-?[0-9]{1,19}");

    @InitBinder
    void decimalIntegersOnly(WebDataBinder binder) {
        binder.registerCustomEditor(int.class, new DecimalEditor(Integer::valueOf, false));
        binder.registerCustomEditor(Integer.class, new DecimalEditor(Integer::valueOf, true));
        binder.registerCustomEditor(long.class, new DecimalEditor(Long::valueOf, false));
        binder.registerCustomEditor(Long.class, new DecimalEditor(Long::valueOf, true));
    }

    private static final class DecimalEditor extends PropertyEditorSupport {

        private final Function<String, ? extends Number> parse;
        private final boolean emptyIsAbsent;

        DecimalEditor(Function<String, ? extends Number> parse, boolean emptyIsAbsent) {
            this.parse = parse;
            this.emptyIsAbsent = emptyIsAbsent;
        }

        @Override
        public void setAsText(String text) {
            if (text.isEmpty() && emptyIsAbsent) {
                setValue(null);
                return;
            }
            if (!DECIMAL_INTEGER.matcher(text).matches()) {
                throw new IllegalArgumentException("not a decimal integer");
            }
            setValue(parse.apply(text));
        }
    }
}
