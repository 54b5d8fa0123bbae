package org.roundtable.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundtable.people.RoleGroup;
import org.roundtable.platform.InvalidRequestException;

class ListParametersTest {

    private static ListParameters read(String... pairs) {
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.put(pairs[i], pairs[i + 1]);
        }
        return ListParameters.of(parameters);
    }

    @Test
    void everyPartOfTheAddressIsRead() {
        ListParameters address = read("school", "100042", "theme", "100007", "tone", "CONCERN", "group", "TEACHER",
                "from", "2026-09-01", "to", "2026-11-30", "sort", "OLDEST", "size", "50", "page", "3");
        assertEquals(new ListParameters(100_042L, 100_007L, Tone.CONCERN, RoleGroup.TEACHER, LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 11, 30), ObservationList.Sort.OLDEST, 50, 3), address);
    }

    @Test
    void aMissingOrEmptyParameterIsNone() {
        ListParameters none = new ListParameters(null, null, null, null, null, null, null, null, null);
        assertEquals(none, read());
        assertEquals(none, read("school", "", "theme", " ", "tone", "", "group", "\t", "from", "", "to", "",
                "sort", "", "size", "", "page", ""));
    }

    @Test
    void valuesAreTrimmedAsFacesConvertersTrimThem() {
        ListParameters address = read("school", " 12 ", "tone", " IDEA", "from", "2026-01-05 ", "page", " 2");
        assertEquals(12L, address.school());
        assertEquals(Tone.IDEA, address.tone());
        assertEquals(LocalDate.of(2026, 1, 5), address.from());
        assertEquals(2, address.page());
    }

    @Test
    void aValueThatDoesNotConvertIsABadRequest() {
        String[][] bad = {
                {"school", "westview"}, {"school", "1.5"}, {"school", "99999999999999999999"}, {"theme", "-"},
                {"tone", "concern"}, {"tone", "WORRY"}, {"group", "teacher"}, {"sort", "NAME"},
                {"from", "2026-1-5"}, {"from", "05/01/2026"}, {"to", "2026-13-01"}, {"to", "yesterday"},
                {"from", "2026-02-30"}, {"from", "2026-02-29"}, {"to", "2026-04-31"},
                {"size", "twenty"}, {"size", "1e3"}, {"page", "two"}, {"page", "2147483648"},
        };
        for (String[] pair : bad) {
            InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> read(pair[0], pair[1]),
                    pair[0] + "=" + pair[1]);
            assertEquals("obs.address.invalid", refused.messageKey());
        }
    }

    @Test
    void aLeapDayIsADayInALeapYear() {
        assertEquals(LocalDate.of(2028, 2, 29), read("from", "2028-02-29").from());
    }

    @Test
    void aPageOutsideOneToAThousandIsABadRequest() {
        assertThrows(InvalidRequestException.class, () -> read("page", "0"));
        assertThrows(InvalidRequestException.class, () -> read("page", "-1"));
        assertThrows(InvalidRequestException.class, () -> read("page", "1001"));
        assertEquals(1, read("page", "1").page());
        assertEquals(1_000, read("page", "1000").page());
    }

    @Test
    void aSizeIsReadAsItIsAndCheckedByTheList() {
        // the list refuses a size it does not offer (checkAddress); reading only converts it
        assertEquals(7, read("size", "7").size());
        assertEquals(100_000, read("size", "100000").size());
    }
}
