package dipmix.raster;

import java.util.ArrayList;
import java.util.List;

/** ENVI header values written as brace lists: {@code { 0.41, 0.42 , 0.43 }}. Plain text in, values out. */
final class EnviList {
    private EnviList() {
    }

    /** The comma-separated items between the braces (braces optional), trimmed; empty items dropped. */
    static List<String> items(String value) {
        String s = value.strip();
        if (s.startsWith("{")) s = s.substring(1);
        if (s.endsWith("}")) s = s.substring(0, s.length() - 1);
        List<String> out = new ArrayList<>();
        for (String part : s.split(",")) {
            String t = part.strip();
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    /** The items as numbers, or null when any item is not a number. */
    static double[] numbers(String value) {
        List<String> items = items(value);
        double[] out = new double[items.size()];
        try {
            for (int i = 0; i < out.length; i++) out[i] = Double.parseDouble(items.get(i));
        } catch (NumberFormatException e) {
            return null;
        }
        return out;
    }

    /** An item that stays one item in a brace list: ',' becomes ';' and braces become parentheses. */
    static String safeItem(String item) {
        return item.replace(',', ';').replace('{', '(').replace('}', ')');
    }

    /** A brace list of numbers as ENVI writes it. */
    static String format(double[] values) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) b.append(", ");
            b.append(formatNumber(values[i]));
        }
        return b.append('}').toString();
    }

    /** Shortest decimal that reads back as the same double, without a trailing ".0" on whole numbers. */
    static String formatNumber(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }
}
