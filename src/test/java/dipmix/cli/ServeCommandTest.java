package dipmix.cli;

import dipmix.server.ServerConfig;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServeCommandTest {
    private static ServeCommand parse(String... args) {
        ServeCommand c = new ServeCommand();
        new CommandLine(c).parseArgs(args);
        return c;
    }

    @Test
    void defaultsMatchTheIssue() {
        ServerConfig cfg = parse("--data-dir", "d", "--jobs-dir", "j").config();
        assertThat(cfg.port()).isEqualTo(8080);
        assertThat(cfg.bind()).isEqualTo("127.0.0.1");
        assertThat(cfg.workers()).isEqualTo(1);
        assertThat(cfg.queueLimit()).isEqualTo(16);
        assertThat(cfg.retention()).isEqualTo(Duration.ofHours(72));
        assertThat(cfg.dataDir()).isEqualTo(Path.of("d"));
        assertThat(cfg.corsOrigins()).isEmpty();
        assertThat(cfg.publicUrl()).isNull();
    }

    @Test
    void everyOptionReachesTheConfig() {
        ServerConfig cfg = parse("--port", "9001", "--bind", "0.0.0.0", "--data-dir", "d", "--jobs-dir", "j", "--workers", "3",
                "--queue-limit", "7", "--api-key", "k", "--retention", "5", "--max-body", "4096", "--max-upload", "1000",
                "--cors-origin", "https://a.example", "--cors-origin", "https://b.example", "--public-url", "https://h.example/dipmix/").config();
        assertThat(cfg).isEqualTo(new ServerConfig("0.0.0.0", 9001, Path.of("d"), Path.of("j"), 3, 7, "k", Duration.ofHours(5),
                4096, 1000, List.of("https://a.example", "https://b.example"), "https://h.example/dipmix"));
    }

    @Test
    void badValuesNameTheOption() {
        assertThatThrownBy(() -> parse("--data-dir", "d", "--jobs-dir", "j", "--retention", "0").config()).hasMessageContaining("--retention");
        assertThatThrownBy(() -> parse("--data-dir", "d", "--jobs-dir", "j", "--workers", "0").config()).hasMessageContaining("workers");
        assertThatThrownBy(() -> parse("--data-dir", "d")).isInstanceOf(CommandLine.MissingParameterException.class)
                .hasMessageContaining("--jobs-dir");
    }
}
