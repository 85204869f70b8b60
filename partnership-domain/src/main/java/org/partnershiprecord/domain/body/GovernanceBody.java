package org.partnershiprecord.domain.body;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.partnershiprecord.domain.body.BodyCommand.AddBodyMember;
import org.partnershiprecord.domain.body.BodyCommand.ConstituteBody;
import org.partnershiprecord.domain.body.BodyCommand.EndBodyMembership;
import org.partnershiprecord.domain.body.BodyCommand.GrantPower;
import org.partnershiprecord.domain.body.BodyCommand.WithdrawPower;
import org.partnershiprecord.domain.body.BodyEvent.BodyConstituted;
import org.partnershiprecord.domain.body.BodyEvent.BodyMemberAdded;
import org.partnershiprecord.domain.body.BodyEvent.BodyMembershipEnded;
import org.partnershiprecord.domain.body.BodyEvent.PowerGranted;
import org.partnershiprecord.domain.body.BodyEvent.PowerWithdrawn;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.BodyId;
import org.partnershiprecord.domain.common.Check;
import org.partnershiprecord.domain.common.RuleCode;
import org.partnershiprecord.domain.common.RuleViolation;

/**
 * Who resolves: a body belonging to one authority or joint between several, the powers it holds
 * over time and the people sitting on it.
 */
public class GovernanceBody {

    @AggregateIdentifier
    private BodyId bodyId;
    private String name;
    private BodyKind kind;
    private final Set<AuthorityCode> authorities = new LinkedHashSet<>();
    private final Map<Power, LocalDate> powersHeldFrom = new EnumMap<>(Power.class);
    private final Map<String, Boolean> membershipsSitting = new HashMap<>();

    protected GovernanceBody() {
        // for Axon
    }

    @CommandHandler
    public GovernanceBody(ConstituteBody command, GovernanceDirectory directory) {
        Check.required(command.bodyId(), "The body id");
        String bodyName = Check.text(command.name(), "The body's name");
        BodyKind bodyKind = Check.required(command.kind(), "The kind of body");
        List<AuthorityCode> bodyAuthorities = List.copyOf(Check.notEmpty(command.authorities(), "The body's authorities"));
        Check.that(bodyAuthorities.size() <= 40, RuleCode.INVALID_VALUE, "A body belongs to at most 40 authorities.");
        if (new LinkedHashSet<>(bodyAuthorities).size() != bodyAuthorities.size()) {
            throw new RuleViolation(RuleCode.AUTHORITY_LISTED_TWICE, "An authority is listed twice for the " + bodyName + ".");
        }
        if (bodyKind.alwaysJoint() && bodyAuthorities.size() < 2) {
            throw new RuleViolation(RuleCode.JOINT_BODY_NEEDS_TWO_AUTHORITIES,
                    "A joint committee belongs to at least two authorities; the " + bodyName + " names one.");
        }
        if (bodyKind.singleAuthority() && bodyAuthorities.size() != 1) {
            throw new RuleViolation(RuleCode.SINGLE_AUTHORITY_BODY_NEEDS_ITS_AUTHORITY,
                    "A " + bodyKind.name().toLowerCase().replace('_', ' ') + " belongs to exactly one authority.");
        }
        if (command.partnershipId() != null) {
            Set<AuthorityCode> members = PowerPolicy.authoritiesOf(directory, command.partnershipId());
            bodyAuthorities.forEach(a -> PowerPolicy.assertTakesPart(members, a, "an authority of the " + bodyName));
        }
        apply(new BodyConstituted(command.bodyId(), bodyName, bodyKind, bodyAuthorities, command.partnershipId(),
                command.constitutedOn(), command.resolution()));
    }

    @CommandHandler
    public void handle(GrantPower command) {
        Power power = Check.required(command.power(), "The power");
        LocalDate from = Check.required(command.grantedFrom(), "The date the power is held from");
        Check.required(command.resolution(), "The resolution granting the power");
        if (!kind.formal()) {
            throw new RuleViolation(RuleCode.INFORMAL_BODY_CANNOT_HOLD_POWER,
                    "The " + name + " is an informal group: it can endorse and recommend, but cannot hold the power to "
                            + power.description() + ".");
        }
        if (powersHeldFrom.containsKey(power)) {
            throw new RuleViolation(RuleCode.POWER_ALREADY_HELD,
                    "The " + name + " already holds the power to " + power.description() + ".");
        }
        apply(new PowerGranted(bodyId, name, power, from, command.resolution()));
    }

    @CommandHandler
    public void handle(WithdrawPower command) {
        Power power = Check.required(command.power(), "The power");
        LocalDate from = Check.required(command.withdrawnFrom(), "The date the power is withdrawn from");
        Check.required(command.resolution(), "The resolution withdrawing the power");
        LocalDate heldFrom = powersHeldFrom.get(power);
        if (heldFrom == null) {
            throw new RuleViolation(RuleCode.POWER_NOT_HELD,
                    "The " + name + " does not hold the power to " + power.description() + ", so it cannot be withdrawn.");
        }
        if (from.isBefore(heldFrom)) {
            throw new RuleViolation(RuleCode.PROCESS_OUT_OF_ORDER,
                    "A power cannot be withdrawn from " + from + ", before it was granted on " + heldFrom + ".");
        }
        apply(new PowerWithdrawn(bodyId, name, power, from, command.resolution()));
    }

    @CommandHandler
    public void handle(AddBodyMember command) {
        String membershipId = Check.text(command.membershipId(), "The membership id");
        String person = Check.text(command.personName(), "The member's name");
        AuthorityCode onBehalfOf = Check.required(command.onBehalfOf(), "The authority the member sits for");
        if (membershipsSitting.containsKey(membershipId)) {
            throw new RuleViolation(RuleCode.MEMBER_ALREADY_SITTING,
                    "Membership '" + membershipId + "' of the " + name + " is already recorded.");
        }
        if (!authorities.contains(onBehalfOf)) {
            throw new RuleViolation(RuleCode.AUTHORITY_NOT_IN_PARTNERSHIP,
                    person + " cannot sit on the " + name + " for " + onBehalfOf + ", which the body does not include.");
        }
        apply(new BodyMemberAdded(bodyId, membershipId, person, onBehalfOf, Check.optionalText(command.role()),
                command.from()));
    }

    @CommandHandler
    public void handle(EndBodyMembership command) {
        String membershipId = Check.text(command.membershipId(), "The membership id");
        Boolean sitting = membershipsSitting.get(membershipId);
        if (sitting == null || !sitting) {
            throw new RuleViolation(RuleCode.UNKNOWN_MEMBERSHIP,
                    "No current membership '" + membershipId + "' of the " + name + " is recorded.");
        }
        apply(new BodyMembershipEnded(bodyId, membershipId, command.endedOn()));
    }

    @EventSourcingHandler
    void on(BodyConstituted event) {
        bodyId = event.bodyId();
        name = event.name();
        kind = event.kind();
        authorities.addAll(event.authorities());
    }

    @EventSourcingHandler
    void on(PowerGranted event) {
        powersHeldFrom.put(event.power(), event.grantedFrom());
    }

    @EventSourcingHandler
    void on(PowerWithdrawn event) {
        powersHeldFrom.remove(event.power());
    }

    @EventSourcingHandler
    void on(BodyMemberAdded event) {
        membershipsSitting.put(event.membershipId(), true);
    }

    @EventSourcingHandler
    void on(BodyMembershipEnded event) {
        membershipsSitting.put(event.membershipId(), false);
    }
}
