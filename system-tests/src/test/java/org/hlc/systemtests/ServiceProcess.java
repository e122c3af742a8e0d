package org.hlc.systemtests;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One service started from its packaged runner jar, configured for tests (test token key, *_test database). */
final class ServiceProcess implements AutoCloseable {
    private static final Path ROOT = Path.of(System.getProperty("hlc.root", ".."));
    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private ServiceProcess(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    static ServiceProcess start(String service, Map<String, String> extraProperties) throws IOException {
        Path jar = ROOT.resolve(service + "-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (mvnw verify does)");
        }
        int port = freePort();
        String shortName = service.replace("-service", "");
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx256m"));
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.oidc.public-key=" + publicKey());
        command.add("-Dquarkus.oidc.token.issuer=https://hlc.test/realms/hlc");
        command.add("-Dquarkus.oidc.auth-server-url=");
        command.add("-Dquarkus.datasource.reactive.url=postgresql://127.0.0.1:5432/hlc_" + shortName + "_test");
        command.add("-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:5432/hlc_" + shortName + "_test");
        extraProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar.toString()));
        Path log = Path.of("target", service + ".log");
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ServiceProcess started = new ServiceProcess(service, port, process, log);
        started.awaitReady(Duration.ofSeconds(90));
        return started;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitReady(Duration timeout) throws IOException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited during startup:\n" + tail());
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(baseUrl() + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        close();
        throw new IllegalStateException(name + " not ready within " + timeout + ":\n" + tail());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(Duration.ofSeconds(15).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static String publicKey() throws IOException {
        try (InputStream in = ServiceProcess.class.getResourceAsStream("/hlc-test-public-key.pem")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
