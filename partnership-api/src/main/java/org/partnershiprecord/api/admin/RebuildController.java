package org.partnershiprecord.api.admin;

import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.partnershiprecord.api.common.Locations;
import org.partnershiprecord.api.problem.ApiProblem;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The monitoring officer rebuilds views from the event log, and watches them and their rebuilds. */
@RestController
@RequestMapping(path = "/api/admin", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Administration: views", description = "Rebuild any view, or all of them, from the event log while the API "
        + "keeps answering (monitoring officer only). A rebuilding view is empty and then fills up; meanwhile every "
        + "GET answer carries X-View-Rebuilding: true.")
class RebuildController {

    private static final String REBUILDS = "/api/admin/rebuilds";

    private final ViewRebuilds rebuilds;

    RebuildController(ViewRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @Operation(summary = "Rebuild a view, or all views, from the event log",
            description = "Answers 202 at once with the rebuild's status (Location: where to follow it). The view is "
                    + "emptied and reads the whole log again; commands and reads go on meanwhile. 404 for a name that "
                    + "is not a view; 409 REBUILD_IN_PROGRESS while the view (or, for 'all', any view) is rebuilding.")
    @PostMapping(path = "/rebuilds", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RebuildStatus> rebuild(@Valid @RequestBody RebuildRequest body, Principal caller) {
        String id = rebuilds.start(body.view(), caller == null ? null : caller.getName());
        return ResponseEntity.accepted().location(Locations.of(REBUILDS, id)).body(status(id));
    }

    @Operation(summary = "Recent rebuilds, newest first, with each view's progress")
    @GetMapping("/rebuilds")
    List<RebuildStatus> recent() {
        return rebuilds.recent();
    }

    @Operation(summary = "A rebuild's progress: per view its state, events read of the total, rate and time left")
    @GetMapping("/rebuilds/{rebuildId}")
    RebuildStatus status(@PathVariable String rebuildId) {
        return rebuilds.status(rebuildId).orElseThrow(() -> ApiProblem.notFound("rebuild", rebuildId));
    }

    @Operation(summary = "Every view: how far it has read the log, whether it is rebuilding, whether it is failing")
    @GetMapping("/views")
    List<ViewStatus> views() {
        return rebuilds.views();
    }
}
