package org.partnershiprecord.domain.meeting;

/**
 * What a body resolved to do (Open Civic Data calls this an action's classification). Only some
 * of these decide anything: noting and endorsing record a position, recommending and requesting
 * pass the matter to another body.
 */
public enum ResolutionAction {
    NOTE,
    ENDORSE,
    APPROVE,
    DECLINE,
    RECOMMEND,
    REQUEST,
    ADOPT,
    APPOINT,
    OTHER
}
