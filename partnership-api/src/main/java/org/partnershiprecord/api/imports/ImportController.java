package org.partnershiprecord.api.imports;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.partnershiprecord.api.problem.ApiProblem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

/** Importing a dataset (JSON Lines of commands) through the public command path, with progress as it goes. */
@RestController
@Tag(name = "Import", description = "Record a dataset of commands, one per line, as if sent one by one")
class ImportController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final DatasetImporter importer;

    ImportController(DatasetImporter importer) {
        this.importer = importer;
    }

    @Operation(summary = "Import a JSON Lines dataset of commands",
            description = "Each line is {\"path\": \"/api/...\", \"body\": {...}}, sent as that POST with your "
                    + "credentials (HTTP Basic or Bearer). The answer streams one JSON line per command (its outcome, "
                    + "position, or the same problem+json the API gives, with the line number) and a final summary. "
                    + "Lines already imported are skipped, so importing a file twice records nothing new.")
    @PostMapping(path = "/api/imports", consumes = {"application/x-ndjson", "application/jsonl"},
            produces = "application/x-ndjson")
    ResponseEntity<StreamingResponseBody> importDataset(
            @Parameter(description = "stop (default) at the first refused line, or continue past it")
            @RequestParam(defaultValue = "stop") String onError,
            HttpServletRequest request) throws java.io.IOException {
        if (!onError.equals("stop") && !onError.equals("continue")) {
            throw ApiProblem.badRequest("INVALID_ON_ERROR", "onError must be 'stop' or 'continue'.");
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            throw ApiProblem.badRequest("IMPORT_NEEDS_CREDENTIALS",
                    "Imports are sent with the caller's own credentials: use HTTP Basic or a Bearer token.");
        }
        String importer = SecurityContextHolder.getContext().getAuthentication().getName();
        // The whole dataset is read now: the request body is gone once the answer starts streaming.
        String dataset = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        StreamingResponseBody body = out -> {
            DatasetImporter.Summary summary = this.importer.run(new java.io.StringReader(dataset), "upload by " + importer,
                    authorization, importer, onError.equals("continue"), result -> write(out, result));
            write(out, java.util.Map.of("summary", summary));
        };
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/x-ndjson")).body(body);
    }

    private static void write(OutputStream out, Object value) {
        try {
            out.write(JSON.writeValueAsBytes(value));
            out.write('\n');
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
