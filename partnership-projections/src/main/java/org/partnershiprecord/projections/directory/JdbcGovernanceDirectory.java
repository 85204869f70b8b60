package org.partnershiprecord.projections.directory;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.partnershiprecord.domain.body.BodyEvent.BodyConstituted;
import org.partnershiprecord.domain.body.BodyEvent.PowerGranted;
import org.partnershiprecord.domain.body.BodyEvent.PowerWithdrawn;
import org.partnershiprecord.domain.body.BodyKind;
import org.partnershiprecord.domain.body.GovernanceDirectory;
import org.partnershiprecord.domain.body.Power;
import org.partnershiprecord.domain.common.AuthorityCode;
import org.partnershiprecord.domain.common.BodyId;
import org.partnershiprecord.domain.common.PartnershipId;
import org.partnershiprecord.domain.partnership.PartnershipEvent.PartnershipFormed;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@link GovernanceDirectory} the application uses: the facts rules need about partnerships,
 * bodies and powers, kept in tables written by a <em>subscribing</em> processor, so each update
 * commits in the same transaction as the event that states it and a rule never reads a stale fact.
 * Its behaviour mirrors the domain's {@code InMemoryGovernanceDirectory}.
 */
@ProcessingGroup(JdbcGovernanceDirectory.PROCESSING_GROUP)
public class JdbcGovernanceDirectory implements GovernanceDirectory {

    public static final String PROCESSING_GROUP = "governance-directory";

    private final JdbcTemplate jdbc;

    public JdbcGovernanceDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PartnershipFormed event) {
        jdbc.update("INSERT INTO directory_partnership (partnership_id, name) VALUES (?, ?)",
                event.partnershipId().value(), event.name());
        event.authorities().forEach(authority -> jdbc.update(
                "INSERT INTO directory_partnership_authority (partnership_id, authority_code) VALUES (?, ?)",
                event.partnershipId().value(), authority.code().value()));
    }

    @EventHandler
    void on(BodyConstituted event) {
        jdbc.update("INSERT INTO directory_body (body_id, name, kind, authorities) VALUES (?, ?, ?, ?)",
                event.bodyId().value(), event.name(), event.kind().name(),
                String.join(",", event.authorities().stream().map(AuthorityCode::value).toList()));
    }

    @EventHandler
    void on(PowerGranted event) {
        jdbc.update("INSERT INTO directory_power_span (body_id, power, held_from, held_until) VALUES (?, ?, ?, NULL)",
                event.bodyId().value(), event.power().name(), Date.valueOf(event.grantedFrom()));
    }

    @EventHandler
    void on(PowerWithdrawn event) {
        jdbc.update("UPDATE directory_power_span SET held_until = ? WHERE body_id = ? AND power = ? AND held_until IS NULL",
                Date.valueOf(event.withdrawnFrom()), event.bodyId().value(), event.power().name());
    }

    @Override
    public Optional<PartnershipFacts> partnership(PartnershipId partnershipId) {
        List<String> names = jdbc.queryForList("SELECT name FROM directory_partnership WHERE partnership_id = ?",
                String.class, partnershipId.value());
        if (names.isEmpty()) {
            return Optional.empty();
        }
        List<String> codes = jdbc.queryForList(
                "SELECT authority_code FROM directory_partnership_authority WHERE partnership_id = ? ORDER BY authority_code",
                String.class, partnershipId.value());
        LinkedHashSet<AuthorityCode> authorities = new LinkedHashSet<>();
        codes.forEach(code -> authorities.add(AuthorityCode.of(code)));
        return Optional.of(new PartnershipFacts(partnershipId, names.get(0), authorities));
    }

    @Override
    public Optional<BodyFacts> body(BodyId bodyId) {
        return jdbc.query("SELECT name, kind, authorities FROM directory_body WHERE body_id = ?",
                (rs, row) -> new BodyFacts(bodyId, rs.getString("name"), BodyKind.valueOf(rs.getString("kind")),
                        Arrays.stream(rs.getString("authorities").split(",")).map(AuthorityCode::of).toList()),
                bodyId.value()).stream().findFirst();
    }

    @Override
    public boolean holdsPower(BodyId bodyId, Power power, LocalDate on) {
        Integer spans = jdbc.queryForObject("""
                SELECT COUNT(*) FROM directory_power_span
                 WHERE body_id = ? AND power = ? AND held_from <= ? AND (held_until IS NULL OR held_until > ?)""",
                Integer.class, bodyId.value(), power.name(), Date.valueOf(on), Date.valueOf(on));
        return spans != null && spans > 0;
    }
}
