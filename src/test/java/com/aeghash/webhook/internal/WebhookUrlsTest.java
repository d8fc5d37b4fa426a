package com.aeghash.webhook.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.common.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which endpoint URLs are taken: http and https in the sandbox, https to a public host in prod. */
class WebhookUrlsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "not a url",
                "ftp://example.com/hook",
                "javascript:alert(1)",
                "/relative/path",
                "https:///no-host",
                "https://user:password@example.com/hook",
                "https://example.com/hook#fragment",
                "file:///etc/passwd"
            })
    void obviouslyBadUrlsAreA400NamingTheField(String url) {
        assertThatThrownBy(() -> WebhookUrls.require(url, false))
                .isInstanceOfSatisfying(ApiException.class, refused -> {
                    assertThat(refused.status().value()).isEqualTo(400);
                    assertThat(refused.field()).isEqualTo("url");
                });
    }

    @Test
    void aVeryLongUrlIsRefused() {
        String url = "https://example.com/" + "a".repeat(WebhookUrls.LENGTH_MAX);

        assertThatThrownBy(() -> WebhookUrls.require(url, false)).isInstanceOf(ApiException.class);
    }

    @Test
    void theSandboxTakesHttpToThisMachine() {
        assertThat(WebhookUrls.require("http://127.0.0.1:8080/sandbox/webhooks/inbox", false))
                .isEqualTo("http://127.0.0.1:8080/sandbox/webhooks/inbox");
        assertThat(WebhookUrls.require("https://app.example.com/hooks?x=1", false))
                .isEqualTo("https://app.example.com/hooks?x=1");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://app.example.com/hooks",
                "https://localhost/hooks",
                "https://127.0.0.1/hooks",
                "https://10.1.2.3/hooks",
                "https://192.168.0.10/hooks",
                "https://169.254.169.254/latest/meta-data",
                "https://[::1]/hooks"
            })
    void prodTakesOnlyHttpsToAPublicHost(String url) {
        assertThatThrownBy(() -> WebhookUrls.require(url, true))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        refused -> assertThat(refused.field()).isEqualTo("url"));
        assertThat(WebhookUrls.require("https://app.example.com/hooks", true))
                .isEqualTo("https://app.example.com/hooks");
    }
}
