package org.partnershiprecord.api.body;

import org.partnershiprecord.api.views.ViewReads;
import org.partnershiprecord.projections.body.BodyProjection;
import org.partnershiprecord.projections.body.BodyQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The governance bodies view (a streaming processor, rebuildable from the log) and its queries. */
@Configuration(proxyBeanMethods = false)
public class BodyViewConfiguration {

    @Bean
    BodyProjection bodyProjection(JdbcTemplate jdbc) {
        return new BodyProjection(jdbc);
    }

    @Bean
    BodyQueries bodyQueries(ViewReads viewReads) {
        return new BodyQueries(viewReads.jdbc());
    }
}
