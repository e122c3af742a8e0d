package org.hlc.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

/** Command-line options: {@code --scale 0.02 --seed 2014 --base-urls award=http://...,webinar=http://...}. */
public record SimulatorOptions(double scale, long seed, Map<String, String> baseUrls, String keycloakUrl,
        String adminUser, String adminPassword) {

    public static SimulatorOptions parse(String[] args) {
        double scale = 1.0;
        long seed = 2014;
        String keycloak = "http://127.0.0.1:8180";
        Map<String, String> urls = new LinkedHashMap<>(Map.of(
                "participants", "http://127.0.0.1:8081", "learning", "http://127.0.0.1:8082",
                "webinar", "http://127.0.0.1:8083", "award", "http://127.0.0.1:8084"));
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--scale" -> scale = positive(Double.parseDouble(required("--scale", value)));
                case "--seed" -> seed = Long.parseLong(required("--seed", value));
                case "--keycloak" -> keycloak = required("--keycloak", value);
                case "--base-urls" -> {
                    for (String pair : required("--base-urls", value).split(",")) {
                        String[] parts = pair.split("=", 2);
                        if (parts.length != 2 || !urls.containsKey(parts[0])) {
                            throw new IllegalArgumentException("--base-urls expects service=url pairs, services: "
                                    + urls.keySet());
                        }
                        urls.put(parts[0], parts[1].replaceAll("/+$", ""));
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (known: --scale, --seed, --base-urls, --keycloak)");
            }
            i++;
        }
        return new SimulatorOptions(scale, seed, Map.copyOf(urls), keycloak, "admin", "admin");
    }

    /** A full-scale figure scaled down, never below {@code min}. */
    public int scaled(int fullScale, int min) {
        return Math.max(min, (int) Math.round(fullScale * scale));
    }

    public String url(String service) {
        return baseUrls.get(service);
    }

    private static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    private static double positive(double value) {
        if (value <= 0 || value > 1) {
            throw new IllegalArgumentException("--scale must be in (0, 1]");
        }
        return value;
    }
}
