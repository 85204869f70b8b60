package org.partnershiprecord.api.narrative;

import org.partnershiprecord.projections.narrative.NarrativeQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The record in words: read from the audit trail at read time, so it has no projection of its own. */
@Configuration(proxyBeanMethods = false)
public class NarrativeViewConfiguration {

    @Bean
    NarrativeQueries narrativeQueries(JdbcTemplate jdbc) {
        return new NarrativeQueries(jdbc);
    }
}
