package org.hlc.award.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void quotes_fields_with_commas_quotes_line_breaks_or_outer_spaces_and_doubles_inner_quotes() {
        assertThat(Csv.row(Arrays.asList("plain", "a,b", "say \"hi\"", "two\nlines", " padded", null, 42)))
                .isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\",,42\r\n");
    }

    @Test
    void neutralises_spreadsheet_formulas_in_free_text() {
        assertThat(Csv.text("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(Csv.text("-1")).isEqualTo("'-1");
        assertThat(Csv.text("Maji Safi")).isEqualTo("Maji Safi");
        assertThat(Csv.row(List.of(Csv.text("@SUM(A1)")))).isEqualTo("'@SUM(A1)\r\n");
    }
}
