package org.hlc.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A region-based IANA time zone id such as {@code Asia/Kolkata} (fixed offsets like {@code +05:30} are refused). */
@Constraint(validatedBy = IanaTimeZoneValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface IanaTimeZone {
    String message() default "must be an IANA time zone id such as Africa/Nairobi";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
