package org.roundtable.demo;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.roundtable.people.SchoolLevel;

/**
 * Keeps the demo district's texts believable: a grade a saying mentions ("7th grade", "grade 3", "6th graders") is
 * one the school teaches (an elementary school has no 7th grade), swapped for one of its own grades otherwise.
 */
final class GradeWords {

    private static final Pattern ORDINAL = Pattern.compile("\\b(\\d{1,2})(st|nd|rd|th)( grade(?:rs|s)?)\\b");
    private static final Pattern CARDINAL = Pattern.compile("\\bgrade (\\d{1,2})\\b");

    private GradeWords() {
    }

    /** The grades a school of this level teaches. */
    static List<Integer> grades(SchoolLevel level) {
        return switch (level) {
            case ELEMENTARY -> List.of(1, 2, 3, 4, 5);
            case MIDDLE -> List.of(6, 7, 8);
            case HIGH -> List.of(9, 10, 11, 12);
        };
    }

    /** The text with every grade it names moved into the school's own grades. */
    static String fit(String text, SchoolLevel level) {
        List<Integer> own = grades(level);
        Matcher ordinal = ORDINAL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (ordinal.find()) {
            int grade = fitted(Integer.parseInt(ordinal.group(1)), own);
            ordinal.appendReplacement(out, grade + suffix(grade) + ordinal.group(3));
        }
        ordinal.appendTail(out);
        Matcher cardinal = CARDINAL.matcher(out.toString());
        StringBuilder again = new StringBuilder();
        while (cardinal.find()) {
            cardinal.appendReplacement(again, "grade " + fitted(Integer.parseInt(cardinal.group(1)), own));
        }
        cardinal.appendTail(again);
        return again.toString();
    }

    private static int fitted(int grade, List<Integer> own) {
        return own.contains(grade) ? grade : own.get(grade % own.size());
    }

    private static String suffix(int n) {
        if (n % 100 >= 11 && n % 100 <= 13) {
            return "th";
        }
        return switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
