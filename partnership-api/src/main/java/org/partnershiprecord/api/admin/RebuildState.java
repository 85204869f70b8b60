package org.partnershiprecord.api.admin;

/** Where a view's rebuild stands. */
public enum RebuildState {
    /** The view was emptied and is reading the log again; reads of it are incomplete. */
    RUNNING,
    /** The view has read every event recorded when the rebuild was asked for. */
    COMPLETED,
    /** The rebuild could not be carried out; the status says why and what state the view was left in. */
    FAILED
}
