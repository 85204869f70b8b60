package org.partnershiprecord.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application as it is run in production: {@code java -jar partnership-api.jar} in a process of its own.
 * Start-up is measured from launching the process until {@code /actuator/health} answers UP.
 */
final class AppProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;
    private final double startupSeconds;

    private AppProcess(Process process, int port, Path log, double startupSeconds) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.startupSeconds = startupSeconds;
    }

    /**
     * Starts the jar with the given datasource and the benchmark's account; waits until it is ready.
     *
     * @param jvmOptions extra JVM options (e.g. a JFR recording); none by default, as in the README's command
     */
    static AppProcess start(Path jar, String datasourceUrl, String datasourceUser, String passwordHash,
                            List<String> jvmOptions, List<String> extraArgs, Path log) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.add("--server.port=" + port);
        command.add("--spring.datasource.url=" + datasourceUrl);
        command.add("--spring.datasource.username=" + datasourceUser);
        command.add("--spring.datasource.password=");
        command.add("--partnership.security.accounts[0].username=" + Recorder.USERNAME);
        command.add("--partnership.security.accounts[0].password=" + passwordHash);
        command.add("--partnership.security.accounts[0].roles[0]=RECORDER");
        command.add("--partnership.security.accounts[0].roles[1]=MONITORING_OFFICER");
        // A reader: exempt content is withheld from it, so its reads go through the exempt-content filter.
        command.add("--partnership.security.accounts[1].username=" + Recorder.READER);
        command.add("--partnership.security.accounts[1].password=" + passwordHash);
        command.add("--partnership.security.accounts[1].roles[0]=READER");
        command.addAll(extraArgs);
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("PARTNERSHIP_") || k.startsWith("SPRING_"));
        long began = System.nanoTime();
        Process process = builder.start();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        URI health = URI.create("http://127.0.0.1:" + port + "/actuator/health");
        long deadline = began + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped while starting; see " + log);
            }
            try {
                HttpResponse<String> answer = client.send(HttpRequest.newBuilder(health)
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                    return new AppProcess(process, port, log, (System.nanoTime() - began) / 1e9);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The application was not ready within 300 s; see " + log);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    double startupSeconds() {
        return startupSeconds;
    }

    /** What Spring Boot itself reports ("Started ... in X seconds"), for comparison with the outside measure. */
    Double reportedStartupSeconds() {
        try {
            Matcher matcher = Pattern.compile("Started \\S+ in ([0-9.]+) seconds").matcher(Files.readString(log));
            return matcher.find() ? Double.valueOf(matcher.group(1)) : null;
        } catch (IOException e) {
            return null;
        }
    }

    Map<String, Object> memory() {
        return Machine.memory(process.pid());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
