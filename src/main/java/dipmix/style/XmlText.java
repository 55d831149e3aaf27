package dipmix.style;

/** Escaping of text for XML element content and attribute values. */
final class XmlText {
    private XmlText() {
    }

    /** {@code s} with &amp;, &lt;, &gt;, quotes and control characters made safe for attributes and content. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                // XML 1.0 forbids most control characters; a material name has no business holding one
                default -> b.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? ' ' : c);
            }
        }
        return b.toString();
    }

    /**
     * {@code s} made safe inside an XML comment, where entities are not expanded: "--" may not occur there and a
     * comment may not end in "-".
     */
    static String comment(String s) {
        String out = escape(s);
        while (out.contains("--")) out = out.replace("--", "- -");
        return out.endsWith("-") ? out + " " : out;
    }
}
