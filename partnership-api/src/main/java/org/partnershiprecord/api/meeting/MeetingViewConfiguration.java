package org.partnershiprecord.api.meeting;

import org.partnershiprecord.api.views.ViewReads;
import org.partnershiprecord.projections.meeting.MeetingProjection;
import org.partnershiprecord.projections.meeting.MeetingQueries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The meetings view (a streaming processor, rebuildable from the log) and its queries. */
@Configuration(proxyBeanMethods = false)
public class MeetingViewConfiguration {

    @Bean
    MeetingProjection meetingProjection(JdbcTemplate jdbc) {
        return new MeetingProjection(jdbc);
    }

    @Bean
    MeetingQueries meetingQueries(ViewReads viewReads) {
        return new MeetingQueries(viewReads.jdbc());
    }
}
