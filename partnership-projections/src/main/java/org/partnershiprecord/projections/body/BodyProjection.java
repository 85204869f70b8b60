package org.partnershiprecord.projections.body;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.partnershiprecord.domain.body.BodyEvent.BodyConstituted;
import org.partnershiprecord.domain.body.BodyEvent.BodyMemberAdded;
import org.partnershiprecord.domain.body.BodyEvent.BodyMembershipEnded;
import org.partnershiprecord.domain.body.BodyEvent.PowerGranted;
import org.partnershiprecord.domain.body.BodyEvent.PowerWithdrawn;
import org.partnershiprecord.domain.common.BodyId;
import org.partnershiprecord.projections.common.JsonColumns;
import org.partnershiprecord.projections.common.ResolutionView;
import org.partnershiprecord.projections.common.Sql;
import org.springframework.jdbc.core.JdbcTemplate;

/** Builds the governance bodies view. It only copies what events say: it decides nothing. */
@ProcessingGroup(BodyProjection.PROCESSING_GROUP)
public class BodyProjection {

    public static final String PROCESSING_GROUP = "view-bodies";

    private final JdbcTemplate jdbc;

    public BodyProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(BodyConstituted event, @SequenceNumber long version) {
        jdbc.update("""
                INSERT INTO view_body (body_id, name, kind, partnership_id, constituted_on, constituted_by, version)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                event.bodyId().value(), event.name(), event.kind().name(),
                event.partnershipId() == null ? null : event.partnershipId().value(), Sql.date(event.constitutedOn()),
                JsonColumns.write(ResolutionView.of(event.resolution())), version);
        int order = 0;
        for (var authority : event.authorities()) {
            jdbc.update("INSERT INTO view_body_authority (body_id, authority_code, list_order) VALUES (?, ?, ?)",
                    event.bodyId().value(), authority.value(), order++);
        }
    }

    @EventHandler
    void on(PowerGranted event, @SequenceNumber long version) {
        jdbc.update("""
                INSERT INTO view_body_power (body_id, granted_in, power, held_from, held_until, granted_by)
                VALUES (?, ?, ?, ?, NULL, ?)""",
                event.bodyId().value(), version, event.power().name(), Sql.date(event.grantedFrom()),
                JsonColumns.write(ResolutionView.of(event.resolution())));
        touch(event.bodyId(), version);
    }

    @EventHandler
    void on(PowerWithdrawn event, @SequenceNumber long version) {
        jdbc.update("""
                UPDATE view_body_power SET held_until = ?, withdrawn_by = ?
                 WHERE body_id = ? AND power = ? AND held_until IS NULL""",
                Sql.date(event.withdrawnFrom()), JsonColumns.write(ResolutionView.of(event.resolution())),
                event.bodyId().value(), event.power().name());
        touch(event.bodyId(), version);
    }

    @EventHandler
    void on(BodyMemberAdded event, @SequenceNumber long version) {
        jdbc.update("""
                INSERT INTO view_body_membership (body_id, membership_id, person_name, on_behalf_of, role, member_from,
                                                  member_until, ended, added_in)
                VALUES (?, ?, ?, ?, ?, ?, NULL, FALSE, ?)""",
                event.bodyId().value(), event.membershipId(), event.personName(), event.onBehalfOf().value(),
                event.role(), Sql.date(event.from()), version);
        touch(event.bodyId(), version);
    }

    @EventHandler
    void on(BodyMembershipEnded event, @SequenceNumber long version) {
        jdbc.update("""
                UPDATE view_body_membership SET member_until = ?, ended = TRUE WHERE body_id = ? AND membership_id = ?""",
                Sql.date(event.endedOn()), event.bodyId().value(), event.membershipId());
        touch(event.bodyId(), version);
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM view_body_membership");
        jdbc.update("DELETE FROM view_body_power");
        jdbc.update("DELETE FROM view_body_authority");
        jdbc.update("DELETE FROM view_body");
    }

    private void touch(BodyId id, long version) {
        jdbc.update("UPDATE view_body SET version = ? WHERE body_id = ?", version, id.value());
    }
}
