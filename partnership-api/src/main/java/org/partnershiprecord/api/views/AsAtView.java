package org.partnershiprecord.api.views;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a view read that can be asked "as at" a past moment ({@code ?decidedAsAt=}, {@code ?knownAt=},
 * {@code ?atPosition=}). The answer is built by replaying the events in scope into scratch views and
 * running the same query there, so the endpoint's code does not change. The scope is what the view
 * is built from: the events of one aggregate type (lists), of one aggregate (a single entity named by
 * a path variable), or the whole record (cross-cutting views such as the decision register); and the
 * projections to replay are the ones whose tables the endpoint reads.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AsAtView {

    /** The aggregate type the view is built from (the event store's {@code type}); empty for the whole record. */
    String aggregateType() default "";

    /** The path variable naming the one aggregate a single-entity view is built from; empty for all of the type. */
    String idVariable() default "";

    /**
     * The projections whose tables the endpoint's queries read: only these are replayed. A test
     * compares every view as at the last position with the view as it stands, so a missing one shows.
     */
    Class<?>[] views();
}
