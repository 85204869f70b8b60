package org.partnershiprecord.api.config;

import java.time.Duration;

import org.partnershiprecord.api.views.AsAtInterceptor;
import org.partnershiprecord.api.views.AsAtViews;
import org.partnershiprecord.api.views.AwaitPositionInterceptor;
import org.partnershiprecord.api.views.ViewPositions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** MVC set-up: reads may wait for the views to reach a position, or be asked as at a past moment. */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    private final ViewPositions positions;
    private final Duration maxWait;
    private final AsAtViews asAtViews;

    public WebConfiguration(ViewPositions positions,
                            @Value("${partnership.views.await-max:10s}") Duration maxWait, AsAtViews asAtViews) {
        this.positions = positions;
        this.maxWait = maxWait;
        this.asAtViews = asAtViews;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AwaitPositionInterceptor(positions, maxWait)).addPathPatterns("/api/**");
        registry.addInterceptor(new AsAtInterceptor(asAtViews)).addPathPatterns("/api/**");
    }
}
