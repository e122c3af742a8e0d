package org.hlc.platform.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names a domain event in the public contract. The full CloudEvents type is {@code hlc.<service>.<name>};
 * {@code schemaVersion} is the payload version this class writes (older versions are read through upcasters).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {
    String value();

    int schemaVersion() default 1;
}
