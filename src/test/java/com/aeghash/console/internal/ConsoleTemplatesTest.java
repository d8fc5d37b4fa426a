package com.aeghash.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The console's templates keep to its Content-Security-Policy (scripts and styles only from files of this server):
 * no inline script, style or event handler anywhere, and htmx neither injects its own style nor evaluates code.
 */
class ConsoleTemplatesTest {

    private static final Pattern INLINE_SCRIPT =
            Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE_ELEMENT = Pattern.compile("<style\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE_ATTRIBUTE = Pattern.compile("\\s(th:)?style\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern EVENT_HANDLER = Pattern.compile("\\s(th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTMX_CODE = Pattern.compile(
            "\\s(th:|data-)?hx-(on\\b|on:|on-|vars\\b)|javascript:|js:|\\[[^\\]]*\\]\"", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> TEMPLATES = new LinkedHashMap<>();

    @BeforeAll
    static void readTemplates() throws IOException {
        for (Resource template :
                new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
            TEMPLATES.put(template.getURL().toString(), template.getContentAsString(StandardCharsets.UTF_8));
        }
        assertThat(TEMPLATES).hasSizeGreaterThan(10);
    }

    @Test
    void noTemplateHasInlineScriptsStylesOrEventHandlers() {
        TEMPLATES.forEach((name, html) -> {
            assertThat(INLINE_SCRIPT.matcher(html).find())
                    .as("inline <script> in " + name)
                    .isFalse();
            assertThat(STYLE_ELEMENT.matcher(html).find())
                    .as("<style> in " + name)
                    .isFalse();
            assertThat(STYLE_ATTRIBUTE.matcher(html).find())
                    .as("style attribute in " + name)
                    .isFalse();
            assertThat(EVENT_HANDLER.matcher(html).find())
                    .as("event handler attribute in " + name)
                    .isFalse();
            assertThat(HTMX_CODE.matcher(html).find())
                    .as("code for htmx to evaluate in " + name)
                    .isFalse();
        });
    }

    @Test
    void htmxInjectsNoStyleAndEvaluatesNothing() {
        String head = TEMPLATES.entrySet().stream()
                .filter(template -> template.getKey().endsWith("/fragments.html"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow();

        assertThat(head)
                .contains("\"includeIndicatorStyles\":false", "\"allowEval\":false", "\"allowScriptTags\":false");
    }
}
