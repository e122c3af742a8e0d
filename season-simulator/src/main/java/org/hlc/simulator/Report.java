package org.hlc.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Progress while the season runs, then the final report; any failed check makes the run fail. */
public final class Report {
    private final Map<String, Duration> phaseTimes = new LinkedHashMap<>();
    private final List<String> sections = new ArrayList<>();
    private final List<String> checks = new ArrayList<>();
    private int failedChecks;
    private String currentPhase;
    private long phaseStart;

    public void phase(String name) {
        endPhase();
        currentPhase = name;
        phaseStart = System.nanoTime();
        System.out.printf("%n== %s%n", name);
    }

    public void progress(String format, Object... args) {
        System.out.printf("   " + format + "%n", args);
    }

    /** Prints a count with its rate over the current phase. */
    public void rate(String what, long count) {
        rate(what, count, phaseStart, System.nanoTime());
    }

    /** Prints a count with its rate over the time between two {@link System#nanoTime()} readings. */
    public void rate(String what, long count, long startNanos, long endNanos) {
        double seconds = Math.max(1e-3, (endNanos - startNanos) / 1e9);
        progress("%-34s %,10d  (%,.0f/s)", what, count, count / seconds);
    }

    public void section(String title, List<String> lines) {
        StringBuilder text = new StringBuilder(title).append('\n');
        lines.forEach(line -> text.append("   ").append(line).append('\n'));
        sections.add(text.toString());
    }

    public void check(String what, boolean ok, String detail) {
        checks.add((ok ? "PASS " : "FAIL ") + what + (detail == null ? "" : " — " + detail));
        if (!ok) {
            failedChecks++;
        }
    }

    /** Prints the report; returns the process exit code. */
    public int finish() {
        endPhase();
        System.out.println("\n================ season report ================");
        sections.forEach(System.out::println);
        System.out.println("Consistency checks");
        checks.forEach(line -> System.out.println("   " + line));
        System.out.println("\nWall time per phase");
        Duration total = Duration.ZERO;
        for (Map.Entry<String, Duration> phase : phaseTimes.entrySet()) {
            System.out.printf("   %-40s %8.1f s%n", phase.getKey(), phase.getValue().toMillis() / 1000.0);
            total = total.plus(phase.getValue());
        }
        System.out.printf("   %-40s %8.1f s%n", "total", total.toMillis() / 1000.0);
        System.out.println(failedChecks == 0 ? "\nRESULT: all checks passed" : "\nRESULT: " + failedChecks
                + " check(s) failed");
        return failedChecks == 0 ? 0 : 1;
    }

    private void endPhase() {
        if (currentPhase != null) {
            phaseTimes.put(currentPhase, Duration.ofNanos(System.nanoTime() - phaseStart));
            currentPhase = null;
        }
    }
}
