package org.hlc.platform.http;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.function.Function;

/**
 * Whole-number parameters ({@code Integer}, {@code Long}: {@code ?limit=}) that fail to parse are a 400 naming the parameter: JAX-RS would answer
 * a bare 404 for a query value it cannot convert. The exception reaches {@link ProblemMappers} as the cause of that
 * 404.
 */
@Provider
public class NumberParamConverters implements ParamConverterProvider {
    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) new Whole<>(name, Integer::valueOf);
        }
        if (rawType == Long.class) {
            return (ParamConverter<T>) new Whole<>(name, Long::valueOf);
        }
        return null;
    }

    private static String name(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return null;
    }

    private record Whole<N extends Number>(String name, Function<String, N> parse)
            implements ParamConverter<N> {
        @Override
        public N fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return parse.apply(value.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException(name, "must be a whole number");
            }
        }

        @Override
        public String toString(N value) {
            return value.toString();
        }
    }
}
