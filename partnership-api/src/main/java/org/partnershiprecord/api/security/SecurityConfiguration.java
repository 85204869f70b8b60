package org.partnershiprecord.api.security;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may see and do what. Local accounts (HTTP Basic for scripts, a form login for people) on the
 * embedded default; Bearer JWTs from a configured issuer in real deployments. Unauthenticated
 * callers reach only health and the OpenAPI document.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {

    private static final String[] PUBLIC = {"/actuator/health", "/actuator/health/**", "/v3/api-docs",
            "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error", "/login"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    InternalAccount internalAccount() {
        return InternalAccount.generate();
    }

    @Bean
    InMemoryUserDetailsManager localAccounts(SecurityProperties properties, PasswordEncoder encoder,
                                             InternalAccount internal) {
        InMemoryUserDetailsManager accounts = LocalAccounts.from(properties, encoder);
        accounts.createUser(org.springframework.security.core.userdetails.User.withUsername(internal.username())
                .password(encoder.encode(internal.password())).roles(Role.RECORDER.name()).build());
        return accounts;
    }

    @Bean
    AuthenticationManager authenticationManager(InMemoryUserDetailsManager accounts, PasswordEncoder encoder,
                                                Clock clock) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new VerifiedCredentialsCache(passwords, clock, Duration.ofMinutes(5)));
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager authenticationManager,
                            SecurityProperties properties) throws Exception {
        String recorder = Role.RECORDER.name();
        String integration = Role.INTEGRATION.name();
        String monitoringOfficer = Role.MONITORING_OFFICER.name();
        String reader = Role.READER.name();
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/api/admin/**").hasRole(monitoringOfficer)
                        .requestMatchers(HttpMethod.GET, "/api/events", "/api/events/**", "/api/exports/events")
                        .hasAnyRole(integration, monitoringOfficer, recorder)
                        .requestMatchers(HttpMethod.GET, "/api/**")
                        .hasAnyRole(recorder, integration, monitoringOfficer, reader)
                        .requestMatchers(HttpMethod.POST, "/api/**").hasAnyRole(recorder, integration)
                        // Anything else needs a signed-in caller; MVC then answers 404 or 405 as problem+json.
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(ProblemResponses.unauthenticated()))
                .formLogin(Customizer.withDefaults())
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(ProblemResponses.unauthenticated(),
                                request -> request.getRequestURI().startsWith("/api/"))
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                // Cookie sessions (the form login) need CSRF protection. Requests that carry their credentials
                // (Basic, Bearer), or no session at all, have no ambient credentials to abuse: without this an
                // anonymous POST would get a CSRF 403 instead of the 401 that tells it to sign in.
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null
                        || request.getRequestedSessionId() == null));
        if (properties.getJwt().enabled()) {
            http.oauth2ResourceServer(resourceServer -> resourceServer
                    .authenticationEntryPoint(ProblemResponses.unauthenticated())
                    .accessDeniedHandler(ProblemResponses.forbidden())
                    .jwt(jwt -> jwt.authenticationManager(JwtSupport.authenticationManager(properties.getJwt()))));
        }
        return http.build();
    }
}
