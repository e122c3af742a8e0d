package org.hlc.platform.http;

import java.util.LinkedHashMap;
import java.util.Map;

/** A valid request that the domain refuses (outside a phase window, quota reached...): 422 naming the rule. */
public class DomainRuleException extends ProblemException {
    public DomainRuleException(String rule, String detail, Map<String, Object> extensions) {
        super(422, rule, "Domain rule violated: " + rule, detail, withRule(rule, extensions));
    }

    public DomainRuleException(String rule, String detail) {
        this(rule, detail, Map.of());
    }

    private static Map<String, Object> withRule(String rule, Map<String, Object> extensions) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("rule", rule);
        all.putAll(extensions);
        return all;
    }
}
