package org.partnershiprecord.api.jointpost;

import org.partnershiprecord.api.views.ViewReads;
import org.partnershiprecord.projections.jointpost.JointPostProjection;
import org.partnershiprecord.projections.jointpost.JointPostQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The joint posts view (the 'view-posts' streaming processor, rebuildable from the log) and its queries. */
@Configuration(proxyBeanMethods = false)
public class JointPostViewConfiguration {

    @Bean
    JointPostProjection jointPostProjection(JdbcTemplate jdbc) {
        return new JointPostProjection(jdbc);
    }

    @Bean
    JointPostQueries jointPostQueries(ViewReads viewReads) {
        return new JointPostQueries(viewReads.jdbc());
    }
}
