package dipmix.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class InputValidatorTest {
    static final ObjectMapper M = new ObjectMapper();
    @TempDir
    Path tmp;
    InputValidator v;
    ProcessDefinition def;

    @BeforeEach
    void setUp() throws Exception {
        Files.createDirectories(tmp.resolve("data"));
        Files.writeString(tmp.resolve("data/scene.tif"), "x");
        Files.writeString(tmp.resolve("secret.tif"), "x");
        v = new InputValidator(new InputResolver(tmp.resolve("data")));
        def = new ProcessDefinition("p", "P", "d", "1.0.0", EnumSet.of(JobControl.SYNC_EXECUTE),
                List.of(InputDescription.required("input", "Raster", "scene", Schemas.file("image/tiff")).byReference(),
                        InputDescription.optional("method", "Method", "m", Schemas.stringEnum("fclsu", "undip").put("default", "fclsu")),
                        InputDescription.optional("endmembers", "r", "count", Schemas.integer(2, 50)),
                        InputDescription.optional("lr", "lr", "rate", Schemas.number(0, 1)),
                        InputDescription.optional("library", "Library", "csv", Schemas.string()).byReference(),
                        InputDescription.optional("opts", "Opts", "o", Schemas.object()),
                        InputDescription.optional("lib", "Library", "CSV text or JSON", (com.fasterxml.jackson.databind.node.ObjectNode) M.readTree("{\"type\":[\"string\",\"object\"]}"))
                                .byReference()),
                List.of(new OutputDescription("out", "Out", "o", Schemas.string())));
    }

    private Map<String, Object> ok(String json) throws Exception {
        return v.validate(def, M.readTree(json));
    }

    private InvalidInputException bad(String json) throws Exception {
        JsonNode n = M.readTree(json);
        return catchThrowableOfType(InvalidInputException.class, () -> v.validate(def, n));
    }

    @Test
    void convertsValuesAndAppliesDefaults() throws Exception {
        Map<String, Object> in = ok("{\"input\":\"scene.tif\",\"endmembers\":4,\"lr\":0.001,\"opts\":{\"a\":1}}");
        assertThat(in.get("input")).isEqualTo(new Href("scene.tif"));
        assertThat(in.get("method")).isEqualTo("fclsu");
        assertThat(in.get("endmembers")).isEqualTo(4L);
        assertThat(in.get("lr")).isEqualTo(0.001);
        assertThat(in.get("opts")).isEqualTo(Map.of("a", 1));
        assertThat(in).doesNotContainKey("library");
        assertThat(ok("{\"input\":{\"href\":\"scene.tif\"},\"endmembers\":4.0}").get("endmembers")).isEqualTo(4L);
        assertThat(ok("{\"input\":\"scene.tif\",\"method\":{\"value\":\"undip\"}}").get("method")).isEqualTo("undip");
    }

    @Test
    void referenceInputsTakeInlineTextOrHref() throws Exception {
        assertThat(ok("{\"input\":\"scene.tif\",\"library\":\"wavelength_nm,a\\n400,1\"}").get("library")).isEqualTo("wavelength_nm,a\n400,1");
        assertThat(ok("{\"input\":\"scene.tif\",\"library\":{\"href\":\"scene.tif\"}}").get("library")).isEqualTo(new Href("scene.tif"));
    }

    @Test
    void typeArraysAcceptAnyListedType() throws Exception {
        assertThat(ok("{\"input\":\"scene.tif\",\"lib\":\"wavelength_nm,a\"}").get("lib")).isEqualTo("wavelength_nm,a");
        assertThat(ok("{\"input\":\"scene.tif\",\"lib\":{\"materials\":[\"a\"]}}").get("lib")).isEqualTo(Map.of("materials", List.of("a")));
        assertThat(ok("{\"input\":\"scene.tif\",\"lib\":{\"href\":\"scene.tif\"}}").get("lib")).isEqualTo(new Href("scene.tif"));
        InvalidInputException e = bad("{\"input\":\"scene.tif\",\"lib\":3}");
        assertThat(e.rule()).isEqualTo("type");
        assertThat(e.getMessage()).contains("[\"string\",\"object\"]");
    }

    @Test
    void eachRuleIsNamed() throws Exception {
        assertThat(bad("{}").rule()).isEqualTo("required");
        assertThat(bad("{}").inputId()).isEqualTo("input");
        assertThat(bad("{\"input\":\"scene.tif\",\"method\":\"nmf\"}").rule()).isEqualTo("enum");
        assertThat(bad("{\"input\":\"scene.tif\",\"endmembers\":1}").rule()).isEqualTo("minimum");
        assertThat(bad("{\"input\":\"scene.tif\",\"endmembers\":51}").rule()).isEqualTo("maximum");
        assertThat(bad("{\"input\":\"scene.tif\",\"endmembers\":\"4\"}").rule()).isEqualTo("type");
        assertThat(bad("{\"input\":\"scene.tif\",\"lr\":true}").rule()).isEqualTo("type");
        assertThat(bad("{\"input\":\"scene.tif\",\"opts\":[1,2]}").rule()).isEqualTo("type");
        assertThat(bad("{\"input\":\"scene.tif\",\"method\":{\"href\":\"scene.tif\"}}").rule()).isEqualTo("reference");
        InvalidInputException unknown = bad("{\"input\":\"scene.tif\",\"nope\":1}");
        assertThat(unknown.rule()).isEqualTo("unknown");
        assertThat(unknown.getMessage()).contains("'nope'").contains("known: input, method");
    }

    @Test
    void pathEscapesAreRefusedAtValidation() throws Exception {
        for (String href : List.of("../secret.tif", "/etc/passwd", "missing.tif", "a/../../secret.tif")) {
            InvalidInputException e = bad("{\"input\":{\"href\":\"" + href + "\"}}");
            assertThat(e.rule()).as(href).isEqualTo("confinement");
            assertThat(e.inputId()).isEqualTo("input");
        }
    }
}
