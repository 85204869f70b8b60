package org.partnershiprecord.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The partnership record: an event-sourced governance record with a REST facade. */
@SpringBootApplication
public class PartnershipRecordApplication {

    public static void main(String[] args) {
        SpringApplication.run(PartnershipRecordApplication.class, args);
    }
}
