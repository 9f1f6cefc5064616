package org.eventscope.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.util.List;
import org.eventscope.model.Precision;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ways a sheet writes its dates, and telling them apart from a column's cells. */
class SheetDateFormatTest {

    @BeforeEach
    void english() {
        org.eventscope.i18n.Messages.setLocale(java.util.Locale.ENGLISH);
    }

    @Test
    void eachFormatReadsItsOwnWritingAtItsPrecision() {
        assertThat(SheetDateFormat.ISO.read("2022-01-10").text()).isEqualTo("2022-01-10");
        assertThat(SheetDateFormat.ISO.read("2022-01-10 14:30").text()).isEqualTo("2022-01-10T14:30");
        assertThat(SheetDateFormat.ISO.read("2022-01").precision()).isEqualTo(Precision.MONTH);
        assertThat(SheetDateFormat.DAY_FIRST.read("10.01.2022").text()).isEqualTo("2022-01-10");
        assertThat(SheetDateFormat.DAY_FIRST.read("10/1/2022 9:05").text()).isEqualTo("2022-01-10T09:05");
        assertThat(SheetDateFormat.DAY_FIRST.read("10-01-2022 09:05:30").text()).isEqualTo("2022-01-10T09:05:30");
        assertThat(SheetDateFormat.DAY_FIRST.read("01.2022").text()).isEqualTo("2022-01");
        assertThat(SheetDateFormat.MONTH_FIRST.read("01/10/2022").text()).isEqualTo("2022-01-10");
        assertThat(SheetDateFormat.MONTH_FIRST.read("2022").precision()).isEqualTo(Precision.YEAR);
        assertThat(SheetDateFormat.EXCEL_1900.read("44571").text()).isEqualTo("2022-01-10");
        assertThat(SheetDateFormat.EXCEL_1900.read("44573.6041666667").text()).isEqualTo("2022-01-12T14:30");
        assertThat(SheetDateFormat.EXCEL_1900.read("1").text()).isEqualTo("1900-01-01");
        assertThat(SheetDateFormat.EXCEL_1900.read("59").text()).isEqualTo("1900-02-28");
        assertThat(SheetDateFormat.EXCEL_1900.read("61").text()).isEqualTo("1900-03-01");
        assertThat(SheetDateFormat.EXCEL_1900.read("2958465").text()).isEqualTo("9999-12-31");
        assertThat(SheetDateFormat.EXCEL_1904.read("43109").text()).isEqualTo("2022-01-10");
        assertThat(SheetDateFormat.EXCEL_1904.read("0").text()).isEqualTo("1904-01-01");
    }

    @Test
    void whatIsNotADayOfItsFormatSaysWhy() {
        assertThatThrownBy(() -> SheetDateFormat.DAY_FIRST.read("31.02.2022"))
                .isInstanceOf(DateTimeException.class)
                .hasMessageContaining("February");
        assertThatThrownBy(() -> SheetDateFormat.MONTH_FIRST.read("13/01/2022")).hasMessageContaining("no month 13");
        assertThatThrownBy(() -> SheetDateFormat.ISO.read("10.01.2022"))
                .hasMessage("\"10.01.2022\" is not a date written as ISO 8601 (2022-12-31, 2022-12-31 14:30)");
        assertThatThrownBy(() -> SheetDateFormat.EXCEL_1900.read("60")).hasMessageContaining("never was");
        assertThatThrownBy(() -> SheetDateFormat.EXCEL_1900.read("0")).hasMessageContaining("from 1 to 2958465");
        assertThatThrownBy(() -> SheetDateFormat.EXCEL_1904.read("2958465")).hasMessageContaining("from 1 to 2957003");
        assertThatThrownBy(() -> SheetDateFormat.DAY_FIRST.read("01.2022 10:00"))
                .isInstanceOf(DateTimeException.class);
        assertThat(SheetDateFormat.DAY_FIRST.reads("1.1.22")).isFalse();
    }

    @Test
    void aColumnTellsItsFormatOrSaysWhenItCannot() {
        SheetDateFormat.Detection dayFirst = SheetDateFormat.detect(List.of("10.01.2022", "", "13.01.2022", "bad"));
        assertThat(dayFirst.format()).isEqualTo(SheetDateFormat.DAY_FIRST);
        assertThat(dayFirst.read()).isEqualTo(2);
        assertThat(dayFirst.filled()).isEqualTo(3);
        assertThat(dayFirst.alternative()).isNull();

        assertThat(SheetDateFormat.detect(List.of("01/13/2022", "02/01/2022")).format())
                .isEqualTo(SheetDateFormat.MONTH_FIRST);

        SheetDateFormat.Detection either = SheetDateFormat.detect(List.of("03/04/2022", "05/06/2022"));
        assertThat(either.format()).isEqualTo(SheetDateFormat.DAY_FIRST);
        assertThat(either.alternative()).isEqualTo(SheetDateFormat.MONTH_FIRST);

        SheetDateFormat.Detection iso = SheetDateFormat.detect(List.of("2022-01-10", "2022", "2022-02"));
        assertThat(iso.format()).isEqualTo(SheetDateFormat.ISO);
        assertThat(iso.alternative()).isNull();

        SheetDateFormat.Detection serial = SheetDateFormat.detect(List.of("44571", "44573.5"));
        assertThat(serial.format()).isEqualTo(SheetDateFormat.EXCEL_1900);
        assertThat(serial.alternative()).isEqualTo(SheetDateFormat.EXCEL_1904);
        // A 0 reads only in the 1904 system, yet tells nothing: the numbers stay in 1900's, to be confirmed.
        SheetDateFormat.Detection zero = SheetDateFormat.detect(List.of("44571", "44600", "0"));
        assertThat(zero.format()).isEqualTo(SheetDateFormat.EXCEL_1900);
        assertThat(zero.alternative()).isEqualTo(SheetDateFormat.EXCEL_1904);
        // A full ISO date reads in every format (as a workbook's date cells arrive).
        assertThat(SheetDateFormat.DAY_FIRST.read("2022-01-10").text()).isEqualTo("2022-01-10");
        assertThat(SheetDateFormat.EXCEL_1904.read("2022-01-10T09:30").text()).isEqualTo("2022-01-10T09:30");
    }

    @Test
    @org.junit.jupiter.api.Timeout(30)
    void aLongHostileCellIsRefusedWithoutHanging() {
        // Bounded patterns: a hostile cell costs time linear in its length, never a backtracking storm.
        String hostile = "1/".repeat(200_000) + "x";
        for (SheetDateFormat f : SheetDateFormat.values()) {
            assertThat(f.reads(hostile)).isFalse();
        }
    }
}
