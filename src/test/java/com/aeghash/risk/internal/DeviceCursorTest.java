package com.aeghash.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aeghash.common.ApiException;
import com.aeghash.risk.KnownDevice;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class DeviceCursorTest {

    private static final Instant SEEN = Instant.parse("2026-03-01T10:15:30.123456Z");

    @Test
    void aCursorReadsBackAsTheKeyOfTheDeviceItWasMadeAfter() {
        KnownDevice device = new KnownDevice("m-1", "phone|work:1", SEEN, SEEN.plusSeconds(60));

        DeviceCursor read = DeviceCursor.parse(DeviceCursor.after(device).encode());

        assertThat(read).isEqualTo(new DeviceCursor(SEEN, "phone|work:1"));
        assertThat(DeviceCursor.parse(null)).isNull();
        assertThat(DeviceCursor.parse("")).isNull();
    }

    @Test
    void anotherTextIsA400OnTheCursor() {
        for (String text : new String[] {
            "not base64!", encoded("etl-run:5"), encoded("device:yesterday|phone"), encoded("device:" + SEEN + "|")
        }) {
            assertThatThrownBy(() -> DeviceCursor.parse(text))
                    .as(text)
                    .isInstanceOfSatisfying(
                            ApiException.class,
                            refused -> assertThat(refused.status()).isEqualTo(HttpStatus.BAD_REQUEST));
        }
    }

    private static String encoded(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
