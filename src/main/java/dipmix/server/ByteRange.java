package dipmix.server;

/**
 * One byte range of a file, parsed from a "Range: bytes=..." header (RFC 9110). Multiple ranges are not supported:
 * the first one is served, which is what GDAL and browsers ask for anyway.
 *
 * @param start first byte, inclusive
 * @param end   last byte, inclusive
 */
record ByteRange(long start, long end) {
    long length() {
        return end - start + 1;
    }

    /**
     * @return the range, or null for a missing or malformed header (serve the whole file)
     * @throws IllegalArgumentException when the range is well formed but lies beyond the file (416)
     */
    static ByteRange parse(String header, long size) {
        if (header == null || !header.startsWith("bytes=")) return null;
        String spec = header.substring(6).split(",")[0].trim();
        int dash = spec.indexOf('-');
        if (dash < 0) return null;
        String a = spec.substring(0, dash).trim();
        String b = spec.substring(dash + 1).trim();
        try {
            if (a.isEmpty()) { // suffix: last N bytes
                long n = Long.parseLong(b);
                if (n <= 0 || size == 0) throw new IllegalArgumentException("unsatisfiable range " + header);
                return new ByteRange(Math.max(0, size - n), size - 1);
            }
            long s = Long.parseLong(a);
            long e = b.isEmpty() ? size - 1 : Math.min(Long.parseLong(b), size - 1);
            if (s >= size || s > e) throw new IllegalArgumentException("unsatisfiable range " + header);
            return new ByteRange(s, e);
        } catch (NumberFormatException ex) {
            return null;
        }
    }
}
