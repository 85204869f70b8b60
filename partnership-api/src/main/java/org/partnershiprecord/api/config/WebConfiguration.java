package org.partnershiprecord.api.config;

import java.time.Duration;

import org.partnershiprecord.api.views.AwaitPositionInterceptor;
import org.partnershiprecord.api.views.ViewPositions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** MVC set-up: reads may wait for the views to reach a position. */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    private final ViewPositions positions;
    private final Duration maxWait;

    public WebConfiguration(ViewPositions positions,
                            @Value("${partnership.views.await-max:10s}") Duration maxWait) {
        this.positions = positions;
        this.maxWait = maxWait;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AwaitPositionInterceptor(positions, maxWait)).addPathPatterns("/api/**");
    }
}
