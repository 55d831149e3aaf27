package dipmix.style;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text template from the {@code styles/} classpath folder with {@code ${NAME}} placeholders.
 *
 * <p>{@link #with} inserts a plain value XML-escaped, {@link #withComment} one inside a comment; {@link #withXml} inserts an already built XML fragment as is.
 * {@link #render} fails when a placeholder is left unfilled or a value names no placeholder, so a template and its
 * filler cannot drift apart silently.
 */
final class Template {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z_]+)}");

    private final String name;
    private final String text;
    private final Map<String, String> values = new LinkedHashMap<>();

    private Template(String name, String text) {
        this.name = name;
        this.text = text;
    }

    /** Loads {@code styles/<name>} from the classpath. */
    static Template load(String name) {
        String resource = "styles/" + name;
        try (InputStream in = Template.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("style template " + resource + " is not on the classpath");
            return new Template(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read style template " + resource, e);
        }
    }

    Template with(String key, String plainValue) {
        values.put(key, XmlText.escape(plainValue));
        return this;
    }

    /** Inserts a plain value into an XML comment. */
    Template withComment(String key, String plainValue) {
        values.put(key, XmlText.comment(plainValue));
        return this;
    }

    Template withXml(String key, String fragment) {
        values.put(key, fragment);
        return this;
    }

    /** The filled text. */
    String render() {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        Set<String> used = new HashSet<>();
        while (m.find()) {
            String key = m.group(1);
            String value = values.get(key);
            if (value == null) throw new IllegalStateException("template " + name + ": no value for ${" + key + "}");
            used.add(key);
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        for (String key : values.keySet()) {
            if (!used.contains(key)) throw new IllegalStateException("template " + name + " has no ${" + key + "}");
        }
        return out.toString();
    }

    /**
     * One line of {@code fragment} per stop of {@code ramp}, filling its COLOR, VALUE and LABEL (the value as text),
     * joined by line breaks: the colour map entries of QML and SLD alike.
     */
    static String rampLines(String fragment, AbundanceRamp ramp) {
        StringJoiner lines = new StringJoiner("\n");
        for (AbundanceRamp.Stop stop : ramp.stops()) {
            lines.add(load(fragment)
                    .with("COLOR", ColourMix.hex(stop.colour()))
                    .with("VALUE", NumberText.of(stop.value()))
                    .with("LABEL", NumberText.of(stop.value())).renderLine());
        }
        return lines.toString();
    }

    /** The filled text without its trailing line break: one line of a fragment list. */
    String renderLine() {
        return render().stripTrailing();
    }
}
