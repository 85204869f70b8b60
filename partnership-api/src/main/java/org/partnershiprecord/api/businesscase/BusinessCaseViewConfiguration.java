package org.partnershiprecord.api.businesscase;

import org.partnershiprecord.api.views.ViewReads;
import org.partnershiprecord.projections.businesscase.BusinessCaseProjection;
import org.partnershiprecord.projections.businesscase.BusinessCaseQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The business cases view (a streaming processor, rebuildable from the log) and its queries. */
@Configuration(proxyBeanMethods = false)
public class BusinessCaseViewConfiguration {

    @Bean
    BusinessCaseProjection businessCaseProjection(JdbcTemplate jdbc) {
        return new BusinessCaseProjection(jdbc);
    }

    @Bean
    BusinessCaseQueries businessCaseQueries(ViewReads viewReads) {
        return new BusinessCaseQueries(viewReads.jdbc());
    }
}
