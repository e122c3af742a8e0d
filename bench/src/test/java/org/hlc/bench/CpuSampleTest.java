package org.hlc.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CpuSampleTest {
    @Test
    void counts_the_cpu_of_a_jvms_jit_compiler_threads_as_part_of_the_process() {
        String self = Long.toString(ProcessHandle.current().pid());
        double compilers = VoteLoad.CpuSample.compilerTicks(self);
        double process = VoteLoad.CpuSample.ticks(self);
        // a JVM that has started JUnit has compiled hundreds of methods: its compiler threads used CPU ticks
        assertThat(compilers).isPositive();
        assertThat(compilers).isLessThan(process);
    }

    @Test
    void finds_no_compiler_threads_in_a_process_that_is_not_a_jvm() throws Exception {
        Process sleep = new ProcessBuilder("sleep", "30").start();
        try {
            assertThat(VoteLoad.CpuSample.compilerTicks(Long.toString(sleep.pid()))).isZero();
        } finally {
            sleep.destroy();
        }
    }
}
