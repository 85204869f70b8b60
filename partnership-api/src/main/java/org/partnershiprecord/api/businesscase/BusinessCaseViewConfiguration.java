package org.partnershiprecord.api.businesscase;

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
    BusinessCaseQueries businessCaseQueries(JdbcTemplate jdbc) {
        return new BusinessCaseQueries(jdbc);
    }
}
