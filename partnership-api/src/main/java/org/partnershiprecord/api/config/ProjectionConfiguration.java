package org.partnershiprecord.api.config;

import org.partnershiprecord.api.views.ViewReads;
import org.partnershiprecord.projections.audit.AuditTrailProjection;
import org.partnershiprecord.projections.audit.AuditTrailQueries;
import org.partnershiprecord.projections.disclosure.ExemptionReleaseProjection;
import org.partnershiprecord.projections.partnership.PartnershipProjection;
import org.partnershiprecord.projections.popolo.PopoloExport;
import org.partnershiprecord.projections.partnership.PartnershipQueries;
import org.partnershiprecord.projections.register.DecisionRegisterProjection;
import org.partnershiprecord.projections.register.DecisionRegisterQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The views (each a streaming processor, rebuildable from the log) and their queries. */
@Configuration(proxyBeanMethods = false)
public class ProjectionConfiguration {

    @Bean
    PartnershipProjection partnershipProjection(JdbcTemplate jdbc) {
        return new PartnershipProjection(jdbc);
    }

    @Bean
    PartnershipQueries partnershipQueries(ViewReads viewReads) {
        return new PartnershipQueries(viewReads.jdbc());
    }

    @Bean
    AuditTrailProjection auditTrailProjection(JdbcTemplate jdbc) {
        return new AuditTrailProjection(jdbc);
    }

    @Bean
    AuditTrailQueries auditTrailQueries(ViewReads viewReads) {
        return new AuditTrailQueries(viewReads.jdbc());
    }

    @Bean
    DecisionRegisterProjection decisionRegisterProjection(JdbcTemplate jdbc) {
        return new DecisionRegisterProjection(jdbc);
    }

    @Bean
    DecisionRegisterQueries decisionRegisterQueries(ViewReads viewReads) {
        return new DecisionRegisterQueries(viewReads.jdbc());
    }

    @Bean
    ExemptionReleaseProjection exemptionReleaseProjection(JdbcTemplate jdbc) {
        return new ExemptionReleaseProjection(jdbc);
    }

    @Bean
    PopoloExport popoloExport(JdbcTemplate jdbc) {
        return new PopoloExport(jdbc);
    }
}
