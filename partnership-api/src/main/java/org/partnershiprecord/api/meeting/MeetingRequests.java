package org.partnershiprecord.api.meeting;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnershiprecord.api.common.ResolutionRequest;
import org.partnershiprecord.domain.meeting.DecisionRegisterDetails;
import org.partnershiprecord.domain.meeting.Exemption;
import org.partnershiprecord.domain.meeting.ResolutionAction;

/** Request bodies of the meeting endpoints. */
final class MeetingRequests {

    private static final String EXEMPT_PARAGRAPHS = "The paragraphs of Part 1 of Schedule 12A to the Local Government"
            + " Act 1972 (1 to 7) relied on to exclude the press and public; omit or leave empty when in public.";

    private MeetingRequests() {
    }

    /** Null or no paragraphs: taken in public. */
    static Exemption exemption(List<Integer> paragraphs) {
        return paragraphs == null || paragraphs.isEmpty() ? null : new Exemption(paragraphs);
    }

    record HoldMeetingRequest(
            @Schema(description = "The meeting's id: letters, digits, '.', '_' or '-'.", example = "jsspc-2022-03-15")
            @NotBlank @Size(max = 100) String meetingId,
            @Schema(description = "The id of the body that sat.", example = "jsspc") @NotBlank @Size(max = 100) String bodyId,
            @Schema(description = "The date of the sitting; omit when not stated.", example = "2022-03-15") LocalDate date,
            @Schema(example = "Joint Officer Transition Working Group (JOTWG) Update") @NotBlank @Size(max = 1000)
            String title) {
    }

    record AddAgendaItemRequest(
            @Schema(example = "9") @NotBlank @Size(max = 100) String itemNumber,
            @Schema(example = "Exclusion of the press and public") @NotBlank @Size(max = 2000) String title,
            @Schema(description = EXEMPT_PARAGRAPHS, example = "[1, 2, 3, 4]") @Size(max = 7) List<Integer> exemptParagraphs) {
    }

    /** What UK decision registers publish; leave out what the paper does not state. */
    record DecisionRegisterRequest(
            Boolean keyDecision,
            Boolean subjectToCallIn,
            LocalDate effectiveFrom,
            @Size(max = 100) List<@NotBlank @Size(max = 2000) String> declarationsOfInterest,
            LocalDate publishedOn,
            @Schema(example = "2019/099") @Size(max = 100) String forwardPlanReference) {

        DecisionRegisterDetails toDetails() {
            return new DecisionRegisterDetails(keyDecision, subjectToCallIn, effectiveFrom, declarationsOfInterest,
                    publishedOn, forwardPlanReference);
        }
    }

    record RecordResolutionRequest(
            @Schema(description = "The agenda item resolved on; omit when not stated.", example = "18")
            @Size(max = 100) String itemNumber,
            @Schema(example = "1(a)") @NotBlank @Size(max = 100) String minuteReference,
            @NotNull ResolutionAction action,
            @Schema(description = "What was resolved, as written.") @NotBlank @Size(max = 20000) String wording,
            @Schema(description = "The condition the resolution is subject to, if any.",
                    example = "Cherwell District Council Executive endorsing the proposals on 15 July 2019")
            @Size(max = 2000) String subjectTo,
            @Schema(description = "The body a recommendation or request is addressed to, if any.")
            @Size(max = 500) String recommendedTo,
            @Schema(description = EXEMPT_PARAGRAPHS + " A resolution on an exempt item is exempt as its item is.")
            @Size(max = 7) List<Integer> exemptParagraphs,
            @Valid DecisionRegisterRequest decisionRegister) {
    }

    record ConditionMetRequest(
            @Schema(example = "2019-07-15") @NotNull LocalDate metOn,
            @Schema(description = "What shows the condition was met.") @NotBlank @Size(max = 10000) String evidence) {
    }

    record ConditionLapsedRequest(
            @NotNull LocalDate lapsedOn,
            @Schema(description = "Why the condition lapsed.") @NotBlank @Size(max = 10000) String reason) {
    }

    record ConfirmMinutesRequest(
            @Schema(description = "The resolution of a later sitting confirming the minutes as a correct record.")
            @Valid @NotNull ResolutionRequest resolution) {
    }

    record CorrectEntryRequest(
            @Schema(description = "The resolution's minute reference as it now stands.", example = "(4)")
            @NotBlank @Size(max = 100) String minuteReference,
            @Schema(description = "The field corrected.", allowableValues = {"minuteReference", "wording", "itemNumber",
                    "subjectTo"}) @NotBlank @Size(max = 100) String field,
            @Schema(description = "The corrected value; null clears an item number or a condition.")
            @Size(max = 20000) String correctedValue,
            @Schema(description = "Why the entry is corrected.") @NotBlank @Size(max = 10000) String reason) {
    }

    /** The later resolution rescinding a minuted one, and why when the paper says more than that resolution. */
    record RescindResolutionRequest(
            @Schema(description = "The later resolution of the body that passed the rescinded one; bodyId, bodyName"
                    + " and decidedOn are required.") @Valid @NotNull ResolutionRequest resolution,
            @Schema(description = "Why it was rescinded, when the paper says more than the rescinding resolution;"
                    + " omit otherwise.") @Size(max = 10000) String reason) {
    }

    /** A document before the meeting: a report, an appendix, a background paper. */
    record ReferenceDocumentRequest(
            @Schema(description = "The agenda item it belongs to, if any.", example = "18") @Size(max = 100) String itemNumber,
            @Schema(description = "The document's reference, unique within the meeting.", example = "annex-b-appendix-3")
            @NotBlank @Size(max = 200) String documentReference,
            @Schema(example = "Confidential Note - CEO Appraisal summary of feedback relating to partnership working")
            @NotBlank @Size(max = 2000) String title,
            @Schema(description = EXEMPT_PARAGRAPHS + " A document under an exempt item is exempt as its item is.")
            @Size(max = 7) List<Integer> exemptParagraphs) {
    }

    /** The decision to publish exempt information: name one of the agenda item, the minute or the document. */
    record ReleaseExemptInformationRequest(
            @Schema(description = "The exempt agenda item released (with the resolutions exempt as it is).", example = "9")
            @Size(max = 100) String itemNumber,
            @Schema(description = "The exempt minute released.", example = "9(1)") @Size(max = 100) String minuteReference,
            @Schema(description = "The exempt document released.", example = "appendix-3")
            @Size(max = 200) String documentReference,
            @Schema(example = "2023-03-15") @NotNull LocalDate releasedOn,
            @Schema(description = "The recorded decision releasing it.") @Valid @NotNull ResolutionRequest resolution) {
    }
}
