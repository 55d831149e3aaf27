package dipmix.style;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateTest {
    @Test
    void escapesPlainValuesAndInsertsFragmentsAsIs() {
        String line = Template.load("qgis/palette-entry.xml")
                .with("COLOR", "#000000").with("LABEL", "a<b & \"c\"").with("VALUE", "0").renderLine();
        assertThat(line).isEqualTo(
                "        <paletteEntry alpha=\"255\" color=\"#000000\" label=\"a&lt;b &amp; &quot;c&quot;\" value=\"0\"/>");
    }

    @Test
    void missingOrUnknownPlaceholdersFail() {
        assertThatThrownBy(() -> Template.load("qgis/palette-entry.xml").with("COLOR", "#000000").render())
                .hasMessageContaining("no value for ${LABEL}");
        assertThatThrownBy(() -> Template.load("qgis/palette-entry.xml").with("COLOR", "x").with("LABEL", "x")
                .with("VALUE", "0").with("EXTRA", "x").render()).hasMessageContaining("has no ${EXTRA}");
        assertThatThrownBy(() -> Template.load("nope.xml")).hasMessageContaining("styles/nope.xml");
    }

    @Test
    void controlCharactersCannotBreakTheXml() {
        assertThat(XmlText.escape("a\u0001b'")).isEqualTo("a b&apos;");
        assertThat(XmlText.comment("a---b-")).doesNotContain("--").doesNotEndWith("-");
    }
}
