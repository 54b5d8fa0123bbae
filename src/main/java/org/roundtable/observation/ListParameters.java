package org.roundtable.observation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.roundtable.people.RoleGroup;
import org.roundtable.platform.InvalidRequestException;

/**
 * The observation list's address ({@code ?school=&theme=&tone=&group=&from=&to=&sort=&size=&page=}) read into its
 * parts, each converted as Faces' own converter for its type would (Long, Integer, an enum by its name, a date as
 * {@code yyyy-MM-dd}: the value trimmed, an empty one as none). A value that does not convert, or a page outside
 * 1–1,000, is a bad request: {@link InvalidRequestException}, answered with the 400 page.
 *
 * <p>These were nine {@code f:viewParam}s: on every request Faces built a metadata view of nine components, each with
 * its converter and validators, and walked them through four phases before the page itself was built (a tenth of the
 * list's CPU in a profile under load, issue 12). The list keeps nothing between requests, so nothing needed them.
 */
record ListParameters(Long school, Long theme, Tone tone, RoleGroup group, LocalDate from, LocalDate to,
        ObservationList.Sort sort, Integer size, Integer page) {

    /**
     * The highest page an address may ask for: the list pages through the newest {@link Observations#COUNT_LIMIT}
     * matches, so 1,000 pages of its smallest size (the list checks the page against its size; this bound keeps a huge
     * number from overflowing that product first).
     */
    static final int MAX_PAGE = (int) (Observations.COUNT_LIMIT / Collections.min(ObservationList.PAGE_SIZES));

    /** A day that does not exist (the 30th of February) is refused, as Faces' date converter refuses it. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ENGLISH)
            .withResolverStyle(ResolverStyle.STRICT);

    /** The address's parameters as the request has them (the first value of each). */
    static ListParameters of(Map<String, String> parameters) {
        Integer page = value(parameters, "page", Integer::valueOf);
        if (page != null && (page < 1 || page > MAX_PAGE)) {
            throw invalid();
        }
        return new ListParameters(value(parameters, "school", Long::valueOf), value(parameters, "theme", Long::valueOf),
                value(parameters, "tone", Tone::valueOf), value(parameters, "group", RoleGroup::valueOf),
                value(parameters, "from", v -> LocalDate.parse(v, DATE)), value(parameters, "to", v -> LocalDate.parse(v, DATE)),
                value(parameters, "sort", ObservationList.Sort::valueOf), value(parameters, "size", Integer::valueOf), page);
    }

    private static <T> T value(Map<String, String> parameters, String name, Function<String, T> convert) {
        String text = parameters.get(name);
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            return null;
        }
        try {
            return convert.apply(trimmed);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw invalid();
        }
    }

    private static InvalidRequestException invalid() {
        return new InvalidRequestException(null, "obs.address.invalid");
    }
}
