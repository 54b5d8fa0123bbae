package org.roundtable.critical;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the conversations with one staff member that concern the same expectation as a given one: those it links
 * to as earlier ones (or that link to it), and those whose expectation reads the same once case, accents, spacing
 * and punctuation are set aside — followed through every link, so a chain of three is one pattern. From the third
 * such conversation on, the page says so plainly: the pattern is the point.
 */
public final class Patterns {

    /** From this many conversations on the same expectation, the page names the pattern. */
    public static final int PLAIN_FROM = 3;

    private Patterns() {
    }

    /**
     * One conversation as the pattern sees it.
     *
     * @param id             the conversation
     * @param heldOn         its day
     * @param expectationKey its expectation, normalised by {@link #key}, or null
     * @param earlierIds     the earlier conversations it links to
     */
    public record Item(long id, LocalDate heldOn, String expectationKey, Set<Long> earlierIds) {
        public Item {
            earlierIds = earlierIds == null ? Set.of() : Set.copyOf(earlierIds);
        }
    }

    /** An expectation as a key: lower case, without accents or punctuation, single spaces; null when empty. */
    public static String key(String expectation) {
        if (expectation == null) {
            return null;
        }
        String plain = Normalizer.normalize(expectation, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return plain.isEmpty() ? null : plain;
    }

    /**
     * The conversations (among {@code all}, one staff member's) about the same expectation as {@code id}, itself
     * included, oldest first; just itself when it has no links and no expectation shared with another.
     */
    public static List<Item> sameExpectation(long id, List<Item> all) {
        Map<Long, Item> byId = new HashMap<>();
        all.forEach(i -> byId.put(i.id(), i));
        Item start = byId.get(id);
        if (start == null) {
            return List.of();
        }
        Map<Long, Set<Long>> edges = new HashMap<>();
        for (Item i : all) {
            for (Long earlier : i.earlierIds()) {
                if (byId.containsKey(earlier)) {
                    edges.computeIfAbsent(i.id(), k -> new HashSet<>()).add(earlier);
                    edges.computeIfAbsent(earlier, k -> new HashSet<>()).add(i.id());
                }
            }
        }
        Map<String, List<Long>> byKey = new HashMap<>();
        all.stream().filter(i -> i.expectationKey() != null)
                .forEach(i -> byKey.computeIfAbsent(i.expectationKey(), k -> new ArrayList<>()).add(i.id()));
        Set<Long> seen = new HashSet<>();
        Deque<Long> todo = new ArrayDeque<>(List.of(id));
        while (!todo.isEmpty()) {
            Long at = todo.pop();
            if (!seen.add(at)) {
                continue;
            }
            todo.addAll(edges.getOrDefault(at, Set.of()));
            String key = byId.get(at).expectationKey();
            if (key != null) {
                todo.addAll(byKey.get(key));
            }
        }
        return seen.stream().map(byId::get).filter(Objects::nonNull)
                .sorted(Comparator.comparing(Item::heldOn).thenComparing(Item::id)).toList();
    }

    /** Whether the page should name the pattern: {@link #PLAIN_FROM} or more conversations on one expectation. */
    public static boolean isPlain(List<Item> same) {
        return same.size() >= PLAIN_FROM;
    }
}
