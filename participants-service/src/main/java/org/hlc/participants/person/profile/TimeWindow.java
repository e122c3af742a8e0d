package org.hlc.participants.person.profile;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A window of availability in the person's local time; {@code to} is exclusive and after {@code from}. Written as
 * HH:mm; read leniently (HH:mm or HH:mm:ss).
 */
public record TimeWindow(
        @JsonSerialize(using = HourMinute.class) @Schema(type = SchemaType.STRING, example = "08:00") LocalTime from,
        @JsonSerialize(using = HourMinute.class) @Schema(type = SchemaType.STRING, example = "20:00") LocalTime to) {

    public static final class HourMinute extends StdSerializer<LocalTime> {
        private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("HH:mm");

        public HourMinute() {
            super(LocalTime.class);
        }

        @Override
        public void serialize(LocalTime value, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeString(value.format(FORMAT));
        }
    }
}
