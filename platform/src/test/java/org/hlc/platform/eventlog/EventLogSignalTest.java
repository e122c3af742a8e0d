package org.hlc.platform.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EventLogSignalTest {
    private final EventLogSignal signal = new EventLogSignal();
    private final EventLogSignal.Follower follower = signal.follower(Duration.ofSeconds(30));

    @Test
    void after_a_read_that_saw_no_new_append_a_follower_waits_for_the_next_signal_before_reading_again()
            throws Exception {
        follower.reading();
        CompletableFuture<Void> readAgain = CompletableFuture.runAsync(this::foundPartialRead);

        Thread.sleep(200);
        assertThat(readAgain).isNotDone();
        signal.appended();
        readAgain.get(5, TimeUnit.SECONDS);
    }

    @Test
    void after_a_read_during_which_an_append_was_signalled_a_follower_reads_again_at_once() throws Exception {
        follower.reading();
        signal.appended();

        CompletableFuture.runAsync(this::foundPartialRead).get(5, TimeUnit.SECONDS);
    }

    @Test
    void after_a_full_read_a_follower_reads_again_at_once() throws Exception {
        follower.reading();

        CompletableFuture.runAsync(() -> {
            try {
                follower.found(true);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }).get(5, TimeUnit.SECONDS);
    }

    private void foundPartialRead() {
        try {
            follower.found(false);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
