package org.partnershiprecord.domain.meeting;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.partnershiprecord.domain.common.RuleCode;
import org.partnershiprecord.domain.common.RuleViolation;

/**
 * Exempt information under Schedule 12A to the Local Government Act 1972: the paragraphs of its
 * Part 1 (1 to 7) relied on to exclude the press and public, as the paper lists them.
 */
public record Exemption(List<Integer> paragraphs) {

    public Exemption {
        if (paragraphs == null || paragraphs.isEmpty()) {
            throw new RuleViolation(RuleCode.EXEMPT_PARAGRAPH_INVALID,
                    "An exempt item names at least one paragraph of Schedule 12A (1 to 7).");
        }
        Set<Integer> seen = new HashSet<>();
        for (Integer paragraph : paragraphs) {
            if (paragraph == null || paragraph < 1 || paragraph > 7) {
                throw new RuleViolation(RuleCode.EXEMPT_PARAGRAPH_INVALID,
                        "Schedule 12A exempts information under paragraphs 1 to 7 only; " + paragraph
                                + " is not one of them.");
            }
            if (!seen.add(paragraph)) {
                throw new RuleViolation(RuleCode.EXEMPT_PARAGRAPH_INVALID,
                        "Paragraph " + paragraph + " of Schedule 12A is listed twice.");
            }
        }
        paragraphs = List.copyOf(paragraphs);
    }

    public static Exemption of(Integer... paragraphs) {
        return new Exemption(paragraphs == null ? null : java.util.Arrays.asList(paragraphs));
    }
}
