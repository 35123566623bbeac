package vn.khien;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavaStringsTests {

    @Test
    void findsStringsAndTextBlocksWithTheirLinesButNotCommentsOrCharacters() {
        String source = String.join(
                "\n",
                "// reads \"systems.published_system\"",
                "/* and \"agencies.published_agency\"",
                "   too */ char q = '\"';",
                "String a = \"x \\\" y\";",
                "String sql = \"\"\"",
                "        SELECT 1",
                "        FROM registers.published_credential c\"\"\";");

        assertThat(JavaStrings.of(source))
                .containsExactly(
                        new JavaStrings.Literal("x \\\" y", 4),
                        new JavaStrings.Literal(
                                "\n        SELECT 1\n        FROM registers.published_credential c", 5));
    }
}
