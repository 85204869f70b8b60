package org.partnershiprecord.domain.body;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.partnershiprecord.domain.body.BodyEvent.BodyConstituted;
import org.partnershiprecord.domain.body.BodyEvent.PowerGranted;
import org.partnershiprecord.domain.body.BodyEvent.PowerWithdrawn;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.BodyId;
import org.partnershiprecord.domain.common.PartnershipId;
import org.partnershiprecord.domain.partnership.PartnershipEvent.PartnershipFormed;

/**
 * A {@link GovernanceDirectory} held in memory and kept up to date by feeding it the events that
 * state its facts, in order, through {@link #on(Object)}. Used by the aggregate tests, and as the
 * reference behaviour for the directory the application keeps in its database.
 */
public class InMemoryGovernanceDirectory implements GovernanceDirectory {

    private final Map<PartnershipId, PartnershipFacts> partnerships = new ConcurrentHashMap<>();
    private final Map<BodyId, BodyFacts> bodies = new ConcurrentHashMap<>();
    private final Map<BodyId, List<PowerSpan>> powers = new ConcurrentHashMap<>();

    /** Takes in any event; those that state directory facts update it, the rest are ignored. */
    public InMemoryGovernanceDirectory on(Object event) {
        if (event instanceof PartnershipFormed formed) {
            LinkedHashSet<AuthorityCode> codes = new LinkedHashSet<>();
            formed.authorities().forEach(a -> codes.add(a.code()));
            partnerships.put(formed.partnershipId(), new PartnershipFacts(formed.partnershipId(), formed.name(), codes));
        } else if (event instanceof BodyConstituted constituted) {
            bodies.put(constituted.bodyId(), new BodyFacts(constituted.bodyId(), constituted.name(), constituted.kind(),
                    List.copyOf(constituted.authorities())));
        } else if (event instanceof PowerGranted granted) {
            powers.computeIfAbsent(granted.bodyId(), id -> new ArrayList<>())
                    .add(new PowerSpan(granted.power(), granted.grantedFrom(), null));
        } else if (event instanceof PowerWithdrawn withdrawn) {
            List<PowerSpan> spans = powers.getOrDefault(withdrawn.bodyId(), List.of());
            for (int i = 0; i < spans.size(); i++) {
                PowerSpan span = spans.get(i);
                if (span.power() == withdrawn.power() && span.until() == null) {
                    spans.set(i, new PowerSpan(span.power(), span.from(), withdrawn.withdrawnFrom()));
                }
            }
        }
        return this;
    }

    public InMemoryGovernanceDirectory onAll(Object... events) {
        for (Object event : events) {
            on(event);
        }
        return this;
    }

    @Override
    public Optional<PartnershipFacts> partnership(PartnershipId partnershipId) {
        return Optional.ofNullable(partnerships.get(partnershipId));
    }

    @Override
    public Optional<BodyFacts> body(BodyId bodyId) {
        return Optional.ofNullable(bodies.get(bodyId));
    }

    @Override
    public boolean holdsPower(BodyId bodyId, Power power, LocalDate on) {
        return powers.getOrDefault(bodyId, List.of()).stream().anyMatch(span -> span.covers(power, on));
    }

    /** A power held from a date until (exclusive) a date, or still held when {@code until} is null. */
    record PowerSpan(Power power, LocalDate from, LocalDate until) {

        boolean covers(Power wanted, LocalDate on) {
            return power == wanted && !on.isBefore(from) && (until == null || on.isBefore(until));
        }
    }
}
