package org.hlc.platform.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which top-level fields of an event class are personal and whose they are; encrypts them for storage and reveals
 * them on reading (null once the subject's key is destroyed).
 */
public record PersonalFields(String subjectField, List<String> fields) {

    /** Reads the annotations of a record event class; empty when it carries no personal data. */
    public static Optional<PersonalFields> of(Class<?> eventClass) {
        if (!eventClass.isRecord()) {
            return Optional.empty();
        }
        String subject = null;
        List<String> personal = new ArrayList<>();
        for (RecordComponent component : eventClass.getRecordComponents()) {
            if (component.isAnnotationPresent(DataSubject.class)) {
                subject = component.getName();
            }
            if (component.isAnnotationPresent(PersonalData.class)) {
                personal.add(component.getName());
            }
        }
        if (personal.isEmpty()) {
            return Optional.empty();
        }
        if (subject == null) {
            throw new IllegalArgumentException(eventClass.getName() + " has @PersonalData but no @DataSubject");
        }
        return Optional.of(new PersonalFields(subject, List.copyOf(personal)));
    }

    public String subjectOf(ObjectNode payload) {
        JsonNode subject = payload.get(subjectField);
        if (subject == null || subject.isNull()) {
            throw new IllegalArgumentException("event without its data subject " + subjectField);
        }
        return subject.asText();
    }

    /** Replaces each personal field by its ciphertext (null stays null). */
    public ObjectNode protect(ObjectNode payload, byte[] key, ObjectMapper mapper) {
        for (String field : fields) {
            JsonNode value = payload.get(field);
            if (value != null && !value.isNull()) {
                payload.put(field, FieldCipher.encrypt(key, write(mapper, value)));
            }
        }
        return payload;
    }

    /** Decrypts every ciphertext value of a stored payload; without a key they become null. */
    public static ObjectNode reveal(ObjectNode payload, Optional<byte[]> key, ObjectMapper mapper) {
        for (Iterator<Map.Entry<String, JsonNode>> it = payload.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().isTextual() && FieldCipher.isCiphertext(field.getValue().asText())) {
                field.setValue(key.isEmpty() ? payload.nullNode()
                        : read(mapper, FieldCipher.decrypt(key.get(), field.getValue().asText())));
            }
        }
        return payload;
    }

    private static String write(ObjectMapper mapper, JsonNode value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(ObjectMapper mapper, String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("decrypted personal field is not JSON", e);
        }
    }
}
