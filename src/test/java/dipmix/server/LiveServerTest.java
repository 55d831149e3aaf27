package dipmix.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Base for test classes sharing one live server with {@link TestServer#config} settings. */
abstract class LiveServerTest {
    @TempDir
    static Path tmp;
    static TestServer s;

    @BeforeAll
    static void startServer() {
        s = new TestServer(TestServer.config(tmp));
    }

    @AfterAll
    static void stopServer() {
        s.close();
    }
}
