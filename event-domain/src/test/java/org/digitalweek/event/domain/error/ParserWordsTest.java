package org.digitalweek.event.domain.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Jackson's messages, as Jackson 3.3 words them, without the parser's option names. */
class ParserWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow"
                + " | Non-standard token 'NaN'",
        "Unexpected character ('+' (code 43)) in numeric value: JSON spec does not allow numbers to have plus signs:"
                + " enable `JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS` to allow"
                + " | Unexpected character ('+' (code 43)) in numeric value: JSON spec does not allow numbers to have"
                + " plus signs",
        "Unexpected character ('/' (code 47)): maybe a (non-standard) comment? (not recognized as one since Feature"
                + " 'ALLOW_COMMENTS' not enabled for parser)"
                + " | Unexpected character ('/' (code 47)): maybe a (non-standard) comment?",
        "Illegal character ((CTRL-CHAR, code 30)): only regular white space (\\r, \\n, \\t) is allowed between tokens"
                + " (consider enabling `JsonReadFeature.ALLOW_RS_CONTROL_CHAR` to allow use of Record Separators"
                + " (\\u001E))"
                + " | Illegal character ((CTRL-CHAR, code 30)): only regular white space (\\r, \\n, \\t) is allowed"
                + " between tokens",
        "hexadecimal number literals require enabling `JsonReadFeature.ALLOW_HEXADECIMAL_NUMBERS`"
                + " | hexadecimal number literals are not allowed",
        "Leading zeroes not allowed | Leading zeroes not allowed"})
    void theOptionsAreLeftOut(String jackson, String plain) {
        assertThat(ParserWords.plain(jackson)).isEqualTo(plain).doesNotContain("`").doesNotContain("Feature");
    }
}
