package org.partnershiprecord.api.agreement;

import org.partnershiprecord.api.views.ViewReads;
import org.partnershiprecord.projections.agreement.AgreementProjection;
import org.partnershiprecord.projections.agreement.AgreementQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The agreements view (a streaming processor, rebuildable from the log) and its queries. */
@Configuration(proxyBeanMethods = false)
public class AgreementViewConfiguration {

    @Bean
    AgreementProjection agreementProjection(JdbcTemplate jdbc) {
        return new AgreementProjection(jdbc);
    }

    @Bean
    AgreementQueries agreementQueries(ViewReads viewReads) {
        return new AgreementQueries(viewReads.jdbc());
    }
}
