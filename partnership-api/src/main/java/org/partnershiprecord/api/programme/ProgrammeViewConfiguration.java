package org.partnershiprecord.api.programme;

import org.partnershiprecord.api.views.ViewReads;
import org.partnershiprecord.projections.programme.ProgrammeProjection;
import org.partnershiprecord.projections.programme.ProgrammeQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The programmes view (a streaming processor, rebuildable from the log) and its queries. */
@Configuration(proxyBeanMethods = false)
public class ProgrammeViewConfiguration {

    @Bean
    ProgrammeProjection programmeProjection(JdbcTemplate jdbc) {
        return new ProgrammeProjection(jdbc);
    }

    @Bean
    ProgrammeQueries programmeQueries(ViewReads viewReads) {
        return new ProgrammeQueries(viewReads.jdbc());
    }
}
