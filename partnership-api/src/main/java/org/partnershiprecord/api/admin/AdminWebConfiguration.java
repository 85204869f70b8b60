package org.partnershiprecord.api.admin;

import java.util.List;

import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Marks GET answers given while a view is rebuilding, and documents the mark. */
@Configuration(proxyBeanMethods = false)
public class AdminWebConfiguration implements WebMvcConfigurer {

    private final ViewRebuilds rebuilds;

    public AdminWebConfiguration(ViewRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // First, so that a read refused while it waits (awaitPosition) is marked too.
        registry.addInterceptor(new ViewRebuildingHeader(rebuilds)).addPathPatterns("/api/**")
                .order(Ordered.HIGHEST_PRECEDENCE);
    }

    @Bean
    OpenApiCustomizer viewRebuildingHeaderDocumented() {
        return openApi -> openApi.getPaths().forEach((path, item) -> {
            if (path.startsWith("/api/") && item.getGet() != null && item.getGet().getResponses() != null) {
                item.getGet().getResponses().values().forEach(response -> response.addHeaderObject(
                        ViewRebuildingHeader.HEADER, new Header().schema(new StringSchema()._enum(List.of("true")))
                                .description("Present while any view is being rebuilt from the log: the answer may be "
                                        + "incomplete (a rebuilding view is empty, then fills up)")));
            }
        });
    }
}
