package dipmix.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Turns input hrefs into things a process can open. An href is either an http(s) URL or a path relative to the data
 * directory; relative paths must stay inside that directory after resolving symbolic links (no "..", no absolute
 * paths, no link that points outside).
 */
public final class InputResolver {
    private final Path dataDir;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    /** @param dataDir an existing directory; hrefs are resolved against its real path */
    public InputResolver(Path dataDir) {
        try {
            this.dataDir = dataDir.toRealPath();
        } catch (IOException e) {
            throw new IllegalArgumentException("data directory does not exist: " + dataDir);
        }
        if (!Files.isDirectory(this.dataDir)) throw new IllegalArgumentException("data directory is not a directory: " + dataDir);
    }

    /** The real path of the data directory. */
    public Path dataDir() {
        return dataDir;
    }

    /** True for http:// and https:// hrefs. */
    public static boolean isRemote(String href) {
        String h = href.toLowerCase(Locale.ROOT);
        return h.startsWith("http://") || h.startsWith("https://");
    }

    /**
     * Checks an href without opening it: a well-formed http(s) URL, or an existing file inside the data directory.
     *
     * @throws IllegalArgumentException naming the problem
     */
    public void check(String href) {
        if (isRemote(href)) {
            try {
                URI u = URI.create(href);
                if (u.getHost() == null) throw new IllegalArgumentException("URL has no host: " + href);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("malformed URL: " + href);
            }
        } else {
            localFile(href);
        }
    }

    /** A data source name for GDAL: "/vsicurl/URL" for http(s), else the confined absolute path. */
    public String rasterSource(String href) {
        check(href);
        return isRemote(href) ? "/vsicurl/" + href : localFile(href).toString();
    }

    /**
     * The real path of a data-directory-relative href.
     *
     * @throws IllegalArgumentException when the href is absolute, contains "..", escapes through a link or is missing
     */
    public Path localFile(String href) {
        if (href.contains("\0")) throw new IllegalArgumentException("href contains a NUL character");
        if (href.startsWith("/") || href.startsWith("\\") || href.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            throw new IllegalArgumentException("href must be a path relative to the data directory or an http(s) URL: " + href);
        }
        for (String seg : href.split("[/\\\\]")) {
            if (seg.equals("..")) throw new IllegalArgumentException("href must not contain '..': " + href);
        }
        Path p = dataDir.resolve(href).normalize();
        if (!p.startsWith(dataDir)) throw new IllegalArgumentException("href escapes the data directory: " + href);
        Path real;
        try {
            real = p.toRealPath(); // follows every link, so the check below sees where the file really is
        } catch (IOException e) {
            throw new IllegalArgumentException("no such file in the data directory: " + href);
        }
        if (!real.startsWith(dataDir)) throw new IllegalArgumentException("href escapes the data directory through a link: " + href);
        if (!Files.isRegularFile(real)) throw new IllegalArgumentException("href is not a regular file: " + href);
        return real;
    }

    /**
     * Reads a small text file (an endmember CSV, a JSON document) by href.
     *
     * @param maxBytes refuse anything larger
     */
    public String readText(String href, long maxBytes) throws IOException {
        check(href);
        if (!isRemote(href)) {
            Path p = localFile(href);
            if (Files.size(p) > maxBytes) throw new IllegalArgumentException(href + " is larger than " + maxBytes + " bytes");
            return Files.readString(p, StandardCharsets.UTF_8);
        }
        HttpRequest req = HttpRequest.newBuilder(URI.create(href)).timeout(Duration.ofSeconds(60)).GET().build();
        try {
            HttpResponse<InputStream> res = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = res.body()) {
                if (res.statusCode() / 100 != 2) throw new IllegalArgumentException(href + " answered HTTP " + res.statusCode());
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) throw new IllegalArgumentException(href + " is larger than " + maxBytes + " bytes");
                return new String(bytes, StandardCharsets.UTF_8);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading " + href, e);
        }
    }
}
