package org.partnershiprecord.api.common;

import java.util.Optional;
import java.util.function.ToLongFunction;

import org.partnershiprecord.api.problem.ApiProblem;
import org.partnershiprecord.api.record.ETags;
import org.springframework.http.ResponseEntity;

/** Answers for single-entity reads: 404 when absent, the aggregate version as ETag when present. */
public final class Views {

    private Views() {
    }

    public static <T> ResponseEntity<T> found(Optional<T> view, String what, String id, ToLongFunction<T> version) {
        T found = view.orElseThrow(() -> ApiProblem.notFound(what, id));
        return ResponseEntity.ok().eTag(ETags.of(version.applyAsLong(found))).body(found);
    }
}
