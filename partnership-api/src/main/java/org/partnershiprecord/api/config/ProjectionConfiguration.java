package org.partnershiprecord.api.config;

import org.partnershiprecord.projections.partnership.PartnershipProjection;
import org.partnershiprecord.projections.partnership.PartnershipQueries;
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
    PartnershipQueries partnershipQueries(JdbcTemplate jdbc) {
        return new PartnershipQueries(jdbc);
    }
}
