package org.partnershiprecord.api.common;

import java.net.URI;

import org.springframework.web.util.UriComponentsBuilder;

/** Where a created entry can be read. */
public final class Locations {

    private Locations() {
    }

    public static URI of(String collection, String id) {
        return UriComponentsBuilder.fromPath(collection).pathSegment(id).build().encode().toUri();
    }
}
