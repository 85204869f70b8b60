package org.partnershiprecord.api.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.partnershiprecord.api.views.AsAt;
import org.partnershiprecord.api.views.AsAtInterceptor;
import org.partnershiprecord.api.views.AsAtView;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document, generated from the controllers, completed with what every endpoint shares:
 * sign-in schemes, the problem+json errors, the command headers (If-Match, Idempotency-Key) and
 * answers (ETag, X-Record-Position), and the read-your-writes parameter of reads.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    private static final String PROBLEM = "Problem";

    @Bean
    OpenAPI partnershipOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Partnership record API").version("1")
                        .description("The governance record of council shared-service partnerships, as an append-only "
                                + "event log. Commands are task-based POSTs; reads are views built from the log. Every "
                                + "refusal is RFC 9457 problem+json with a stable 'code' (and 'rule' for rules of the record)."))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /** Every view read that can be asked as at a past moment documents the three ways to ask (see docs/as-at.md). */
    @Bean
    OperationCustomizer asAtParameters() {
        return (operation, handler) -> {
            if (handler.getMethodAnnotation(AsAtView.class) == null) {
                return operation;
            }
            operation.addParametersItem(new QueryParameter().name(AsAt.DECIDED_AS_AT).required(false)
                    .description("As decided: what had been decided by this date by today's record, including entries "
                            + "recorded later but decided earlier (and corrections of their details)")
                    .schema(new StringSchema().format("date")));
            operation.addParametersItem(new QueryParameter().name(AsAt.KNOWN_AT).required(false)
                    .description("As known: exactly what the record said at this moment, before later entries and "
                            + "corrections (ISO-8601 with an offset, e.g. 2022-04-01T09:00Z)")
                    .schema(new StringSchema().format("date-time")));
            operation.addParametersItem(new QueryParameter().name(AsAt.AT_POSITION).required(false)
                    .description("As known: exactly what the record said once the event at this global position was "
                            + "recorded")
                    .schema(new IntegerSchema().format("int64")));
            if (operation.getResponses() != null) {
                operation.getResponses().values().forEach(response -> response
                    .addHeaderObject(AsAtInterceptor.AS_AT_HEADER, new Header()
                            .description("The moment an as-at answer was built for").schema(new StringSchema()))
                    .addHeaderObject(AsAtInterceptor.POSITION_HEADER, new Header()
                            .description("Position of the last event replayed for an as-at answer (-1: none)")
                            .schema(new IntegerSchema())));
            }
            return operation;
        };
    }

    @Bean
    OpenApiCustomizer sharedResponses() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getPaths().forEach((path, item) -> {
                if (path.startsWith("/api/")) {
                    item.readOperationsMap().forEach(OpenApiConfiguration::describe);
                }
            });
        };
    }

    private static void describe(PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("400", "Malformed or invalid request (field-level 'errors'), or an invalid value (rule INVALID_VALUE)");
        errors.put("401", "Not signed in, or bad credentials / token");
        errors.put("403", "Signed in, but the role does not allow this");
        errors.put("404", "Nothing is recorded under that id");
        errors.put("406", "The Accept header asks for a type the API does not give");
        if (method == PathItem.HttpMethod.POST) {
            errors.put("409", "Refused by a rule of the record ('rule' names it), the id exists, or a concurrent change");
            errors.put("412", "If-Match names a version that is no longer current");
            errors.put("413", "The request body is too large");
            errors.put("415", "The body is not application/json");
            errors.put("422", "The Idempotency-Key was used for a different request");
            operation.addParametersItem(header("If-Match",
                    "The ETag (aggregate version) you read; the command is refused with 412 if it has changed"));
            operation.addParametersItem(header("Idempotency-Key",
                    "Send the command again with the same key to get the first answer without recording twice"));
            responses.values().forEach(response -> {
                if (response.getHeaders() == null || !response.getHeaders().containsKey("ETag")) {
                    response.addHeaderObject("ETag", new Header().description("The aggregate's version after the command")
                            .schema(new StringSchema()));
                    response.addHeaderObject("X-Record-Position", new Header()
                            .description("Global position of the last event recorded; pass it as awaitPosition to a read")
                            .schema(new IntegerSchema()));
                }
            });
        } else {
            errors.put("503", "awaitPosition was given and the views did not reach it in time (Retry-After)");
            operation.addParametersItem(new QueryParameter().name("awaitPosition").required(false)
                    .description("Wait (bounded) until the views have reached this position, as a command answered")
                    .schema(new IntegerSchema().format("int64")));
        }
        errors.forEach((status, description) -> responses.putIfAbsent(status, new ApiResponse().description(description)
                .content(new Content().addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))))));
        operation.setResponses(responses);
    }

    private static Parameter header(String name, String description) {
        return new HeaderParameter().name(name).required(false).description(description).schema(new StringSchema());
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem details");
        problem.addProperty("type", new StringSchema().example("urn:partnership-record:problem:POWER_NOT_HELD"));
        problem.addProperty("title", new StringSchema());
        problem.addProperty("status", new IntegerSchema());
        problem.addProperty("detail", new StringSchema().description("A sentence a governance officer understands"));
        problem.addProperty("instance", new StringSchema());
        problem.addProperty("code", new StringSchema().description("Stable error code"));
        problem.addProperty("rule", new StringSchema().description("The rule of the record that refused the command"));
        problem.addProperty("errors", new io.swagger.v3.oas.models.media.ArraySchema().items(new ObjectSchema()
                .addProperty("field", new StringSchema()).addProperty("message", new StringSchema())));
        problem.setRequired(List.of("type", "title", "status", "code"));
        return problem;
    }
}
