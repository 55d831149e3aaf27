package dipmix.server;

import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Checks "Authorization: Bearer KEY" on protected operations when an API key is configured. */
final class ApiKeyGuard {
    private final byte[] key;

    /** @param apiKey null disables the check */
    ApiKeyGuard(String apiKey) {
        this.key = apiKey == null ? null : apiKey.getBytes(StandardCharsets.UTF_8);
    }

    /** Throws a 401 problem unless the request carries the key (constant-time comparison). */
    void require(Context ctx) {
        if (key == null) return;
        String h = ctx.header("Authorization");
        if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)
                || !MessageDigest.isEqual(key, h.substring(7).trim().getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw ApiProblem.unauthorized();
        }
    }
}
