package com.aeghash.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void lineBreaksAndTabsBecomeVisibleEscapes() {
        assertThat(LogText.escape("a\r\nb\tc")).isEqualTo("a\\r\\nb\\tc");
    }

    @Test
    void otherControlCharactersAndUnicodeSeparatorsAreEscapedAsCodePoints() {
        String hostile = "x" + (char) 0x00 + (char) 0x1b + (char) 0x7f + (char) 0x85 + (char) 0x9f + (char) 0x2028
                + (char) 0x2029 + "y";

        assertThat(LogText.escape(hostile)).isEqualTo("x\\u0000\\u001b\\u007f\\u0085\\u009f\\u2028\\u2029y");
    }

    @Test
    void aBackslashIsDoubledSoTypedEscapesCannotPassForEscapedOnes() {
        assertThat(LogText.escape("\\r")).isEqualTo("\\\\r");
        assertThat(LogText.escape("a\r")).isNotEqualTo(LogText.escape("a\\r"));
    }

    @Test
    void printableTextIncludingNonLatinLettersIsKept() {
        assertThat(LogText.escape("member-7 출금 üñí €")).isEqualTo("member-7 출금 üñí €");
        assertThat(LogText.escape(null)).isEqualTo("null");
        assertThat(LogText.escape(42)).isEqualTo("42");
    }

    @Test
    void longTextIsCutWithACountOfWhatWasLeftOut() {
        String escaped = LogText.escape("z".repeat(LogText.LENGTH_MAX + 7));

        assertThat(escaped).startsWith("z".repeat(LogText.LENGTH_MAX)).endsWith("…(7 more characters)");
    }
}
