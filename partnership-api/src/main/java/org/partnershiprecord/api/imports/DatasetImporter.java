package org.partnershiprecord.api.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Imports a dataset through the public command path: each line of a JSON Lines file is one command,
 * {@code {"path": "/api/...", "body": {...}}}, sent to this application's own REST API with the
 * importer's credentials, so it meets the same validation, rules, security and metadata as any
 * request. A line already imported (same path and body) is skipped, so importing a file twice
 * records nothing new. Blank lines and lines starting with {@code #} or {@code //} are comments.
 */
@Component
public class DatasetImporter {

    private static final Logger LOG = LoggerFactory.getLogger(DatasetImporter.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile int port;

    public DatasetImporter(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void onServerStarted(WebServerInitializedEvent started) {
        port = started.getWebServer().getPort();
    }

    /** How one line went. {@code outcome}: RECORDED, ALREADY_IMPORTED, REFUSED or INVALID. */
    public record LineResult(int line, String path, String outcome, int status, Long position, JsonNode problem) {
    }

    /** The end of an import. */
    public record Summary(String outcome, int lines, int recorded, int alreadyImported, int refused, boolean stopped,
                          Long lastPosition, long millis) {
    }

    /**
     * Runs the import, reporting every line to {@code progress} as it goes.
     *
     * @param authorization the Authorization header the commands are sent with (the importer's own)
     * @param keepGoing     true to continue after a refused line, false to stop at the first
     */
    public Summary run(Reader dataset, String name, String authorization, String importedBy, boolean keepGoing,
                       Consumer<LineResult> progress) throws IOException {
        if (port == 0) {
            throw new IllegalStateException("The web server has not started yet");
        }
        Instant started = clock.instant();
        int lines = 0;
        int recorded = 0;
        int skipped = 0;
        int refused = 0;
        boolean stopped = false;
        Long lastPosition = null;
        BufferedReader reader = new BufferedReader(dataset);
        String text;
        int number = 0;
        while ((text = reader.readLine()) != null) {
            number++;
            String trimmed = text.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("//")) {
                continue;
            }
            lines++;
            LineResult result = importLine(number, trimmed, authorization, importedBy);
            progress.accept(result);
            switch (result.outcome()) {
                case "RECORDED" -> {
                    recorded++;
                    lastPosition = result.position();
                }
                case "ALREADY_IMPORTED" -> skipped++;
                default -> refused++;
            }
            if (lines % 100 == 0) {
                LOG.info("Import {}: {} lines read, {} recorded, {} already imported, {} refused", name, lines, recorded,
                        skipped, refused);
            }
            if (!keepGoing && (result.outcome().equals("REFUSED") || result.outcome().equals("INVALID"))) {
                stopped = true;
                break;
            }
        }
        long millis = Duration.between(started, clock.instant()).toMillis();
        String outcome = stopped ? "STOPPED" : refused > 0 ? "COMPLETED_WITH_REFUSALS" : "COMPLETED";
        LOG.info("Import {} {}: {} lines, {} recorded, {} already imported, {} refused in {} ms", name, outcome, lines,
                recorded, skipped, refused, millis);
        return new Summary(outcome, lines, recorded, skipped, refused, stopped, lastPosition, millis);
    }

    private LineResult importLine(int number, String text, String authorization, String importedBy) {
        try {
            return send(number, text, authorization, importedBy);
        } catch (RuntimeException unexpected) {
            // A line the API cannot even be asked about (a path no URI can hold, an answer that is not JSON).
            LOG.warn("Import line {} failed: {}", number, unexpected.toString());
            return invalid(number, null, "Line " + number + " could not be imported: it names no command the API answers.");
        }
    }

    private LineResult send(int number, String text, String authorization, String importedBy) {
        JsonNode line;
        try {
            line = JSON.readTree(text);
        } catch (RuntimeException malformed) {
            return invalid(number, null, "Line " + number + " is not valid JSON.");
        }
        if (!line.isObject() || !line.path("path").isString() || !line.path("body").isObject()) {
            return invalid(number, null, "Line " + number + " must be {\"path\": \"/api/...\", \"body\": {...}}.");
        }
        String path = line.get("path").asString();
        if (!path.startsWith("/api/") || path.startsWith("/api/imports") || path.contains("..")) {
            return invalid(number, path, "Line " + number + " names '" + path + "', which is not a command of the API.");
        }
        String body = JSON.writeValueAsString(line.get("body"));
        String fingerprint = fingerprint(path, body);
        if (alreadyImported(fingerprint)) {
            return new LineResult(number, path, "ALREADY_IMPORTED", 200, null, null);
        }
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", authorization)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", "import-" + fingerprint)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return invalid(number, path, "Line " + number + " could not be sent: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return invalid(number, path, "The import was interrupted at line " + number + ".");
        }
        if (response.statusCode() / 100 == 2) {
            long position = JSON.readTree(response.body()).path("position").asLong();
            jdbc.update("""
                    INSERT INTO import_line (fingerprint, path, position, imported_by, imported_at) VALUES (?, ?, ?, ?, ?)""",
                    fingerprint, path, position, importedBy, Timestamp.from(clock.instant()));
            return new LineResult(number, path, "RECORDED", response.statusCode(), position, null);
        }
        JsonNode problem = response.body() == null || response.body().isBlank()
                || !response.headers().firstValue("Content-Type").orElse("").contains("json") ? null
                : JSON.readTree(response.body());
        if (problem instanceof ObjectNode object) {
            object.put("line", number);
        }
        return new LineResult(number, path, "REFUSED", response.statusCode(), null, problem);
    }

    private boolean alreadyImported(String fingerprint) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM import_line WHERE fingerprint = ?", Integer.class,
                fingerprint);
        return count != null && count > 0;
    }

    private static LineResult invalid(int number, String path, String detail) {
        ObjectNode problem = JSON.createObjectNode();
        problem.put("type", "urn:partnership-record:problem:INVALID_IMPORT_LINE");
        problem.put("title", "Bad Request");
        problem.put("status", 400);
        problem.put("detail", detail);
        problem.put("code", "INVALID_IMPORT_LINE");
        problem.put("line", number);
        return new LineResult(number, path, "INVALID", 400, null, problem);
    }

    private static String fingerprint(String path, String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((path + "\n" + body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
