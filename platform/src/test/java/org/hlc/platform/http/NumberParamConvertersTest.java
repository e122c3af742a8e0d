package org.hlc.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ParamConverter;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberParamConvertersTest {
    @QueryParam("limit")
    Integer limit;

    @Test
    void a_query_number_that_does_not_parse_is_a_400_naming_the_parameter() throws Exception {
        ParamConverter<Integer> converter = new NumberParamConverters().getConverter(Integer.class, Integer.class,
                getClass().getDeclaredField("limit").getAnnotations());
        assertThat(converter.fromString(" 7 ")).isEqualTo(7);

        InvalidInputException tooLarge = catchThrowableOfType(InvalidInputException.class,
                () -> converter.fromString("99999999999"));
        // JAX-RS wraps the converter's exception in a 404; the mapping answers with the converter's 400
        Response response = new ProblemMappers().webApplication(new NotFoundException(tooLarge), null);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(((Problem) response.getEntity()).extensions().get("invalid-params"))
                .isEqualTo(List.of(new InvalidParam("limit", "must be a whole number")));
    }

    @Test
    void other_parameter_types_keep_their_usual_conversion() throws Exception {
        assertThat(new NumberParamConverters().getConverter(String.class, String.class,
                getClass().getDeclaredField("limit").getAnnotations())).isNull();
    }
}
