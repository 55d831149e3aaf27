package dipmix.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static dipmix.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

class UploadRoutesTest extends LiveServerTest {

    private HttpResponse<String> upload(String query, byte[] body, String type) throws Exception {
        return s.http.send(HttpRequest.newBuilder(URI.create(s.url("/uploads" + query)))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void storesTheBytesAndReturnsAnHrefInsideTheDataDir() throws Exception {
        byte[] b = new byte[100_000];
        for (int i = 0; i < b.length; i++) b[i] = (byte) (i * 31);
        HttpResponse<String> r = upload("?name=scene.tif", b, "image/tiff");
        assertThat(r.statusCode()).isEqualTo(201);
        JsonNode n = json(r);
        String href = n.get("href").asText();
        assertThat(href).matches("uploads/[0-9a-f-]{36}/scene\\.tif");
        assertThat(n.get("size").asLong()).isEqualTo(b.length);
        assertThat(Files.readAllBytes(tmp.resolve("data").resolve(href))).isEqualTo(b);
        assertThat(s.server.jobs().resolver().localFile(href)).exists();
    }

    @Test
    void uploadsOlderThanTheRetentionAreRemoved() throws Exception {
        String href = json(upload("?name=old.tif", new byte[10], "image/tiff")).get("href").asText();
        Path dir = tmp.resolve("data").resolve(href).getParent();
        assertThat(s.server.removeExpiredUploads()).isZero();
        Files.setLastModifiedTime(dir, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofHours(2))));
        assertThat(s.server.removeExpiredUploads()).isEqualTo(1);
        assertThat(dir).doesNotExist();
    }

    @Test
    void oversizedUploadIs413AndLeavesNoFile() throws Exception {
        HttpResponse<String> r = upload("?name=big.tif", new byte[300_000], "application/octet-stream");
        assertThat(r.statusCode()).isEqualTo(413);
        OgcSchemas.exception(json(r), 413);
        try (var files = Files.walk(tmp.resolve("data"))) {
            assertThat(files.filter(p -> p.getFileName().toString().equals("big.tif"))).isEmpty();
        }
    }

    @Test
    void badNamesEmptyBodiesAndJsonAreRefused() throws Exception {
        assertThat(upload("?name=../x.tif", new byte[10], "image/tiff").statusCode()).isEqualTo(400);
        assertThat(upload("?name=a/b.tif", new byte[10], "image/tiff").statusCode()).isEqualTo(400);
        assertThat(upload("", new byte[10], "image/tiff").statusCode()).isEqualTo(400);
        assertThat(upload("?name=e.tif", new byte[0], "image/tiff").statusCode()).isEqualTo(400);
        assertThat(upload("?name=j.tif", "{}".getBytes(), "application/json").statusCode()).isEqualTo(415);
    }
}
