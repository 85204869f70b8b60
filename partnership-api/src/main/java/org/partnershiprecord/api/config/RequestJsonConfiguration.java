package org.partnershiprecord.api.config;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * How request bodies are read (Jackson 3, Spring MVC). Dates are ISO calendar dates in the years
 * 1000 to 9999: a council paper has no other, and a date outside them would not fit the databases'
 * DATE columns, stalling the views that must hold it.
 */
@Configuration(proxyBeanMethods = false)
public class RequestJsonConfiguration {

    @Bean
    SimpleModule councilDates() {
        SimpleModule module = new SimpleModule("council-dates");
        module.addDeserializer(LocalDate.class, new ValueDeserializer<>() {
            @Override
            public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
                String text = parser.getString();
                LocalDate date;
                try {
                    date = LocalDate.parse(text == null ? "" : text.strip());
                } catch (DateTimeParseException e) {
                    return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text,
                            "a date is written like 2022-03-15");
                }
                if (date.getYear() < 1000 || date.getYear() > 9999) {
                    return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text,
                            "a date must fall in the years 1000 to 9999");
                }
                return date;
            }
        });
        return module;
    }
}
