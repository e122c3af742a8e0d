package org.hlc.bench;

import org.hlc.platform.testing.TestTokens;

/** Prints a test-key token with the given roles, for the benchmark script's admin calls. */
public final class Token {
    private Token() {
    }

    public static void main(String[] roles) {
        System.out.println(TestTokens.anyone(roles));
    }
}
