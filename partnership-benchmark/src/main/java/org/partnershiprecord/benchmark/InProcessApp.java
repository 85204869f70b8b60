package org.partnershiprecord.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.partnershiprecord.api.PartnershipRecordApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The application inside the benchmark's JVM, for the steps that call the CommandGateway directly. */
final class InProcessApp implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    InProcessApp(String datasourceUrl, String user, String passwordHash) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", datasourceUrl);
        properties.put("spring.datasource.username", user);
        properties.put("spring.datasource.password", "");
        properties.put("server.port", "0");
        properties.put("logging.level.root", "WARN");
        properties.put("partnership.security.accounts[0].username", Recorder.USERNAME);
        properties.put("partnership.security.accounts[0].password", passwordHash);
        properties.put("partnership.security.accounts[0].roles[0]", "RECORDER");
        properties.put("partnership.security.accounts[0].roles[1]", "MONITORING_OFFICER");
        // As command-line arguments: they take precedence over application.yml, as they do for java -jar.
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        this.context = new SpringApplicationBuilder(PartnershipRecordApplication.class).logStartupInfo(false)
                .run(arguments);
    }

    CommandGateway gateway() {
        return context.getBean(CommandGateway.class);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    @Override
    public void close() {
        context.close();
    }
}
