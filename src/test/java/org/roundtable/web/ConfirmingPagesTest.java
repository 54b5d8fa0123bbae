package org.roundtable.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layout builds the global confirm dialog only for pages that say they need it ({@code asksFirst}): a page with
 * a {@code p:confirm} that forgot to say so would offer an action that cannot be taken back without asking.
 */
class ConfirmingPagesTest {

    private static final Pattern CONFIRM = Pattern.compile("<p:confirm[\\s/>]");
    private static final Pattern ASKS_FIRST = Pattern.compile("<ui:param name=\"asksFirst\" value=\"#\\{true\\}\"/>");

    @Test
    void everyPageWithAConfirmationBuildsTheDialogAndNoOtherDoes() throws IOException {
        Path webapp = Path.of("src/main/webapp");
        List<Path> pages;
        try (Stream<Path> files = Files.walk(webapp)) {
            pages = files.filter(f -> f.toString().endsWith(".xhtml") && !f.toString().contains("WEB-INF")).toList();
        }
        assertFalse(pages.isEmpty());
        List<String> confirming = pages.stream().filter(p -> CONFIRM.matcher(read(p)).find()).map(p -> webapp.relativize(p).toString()).sorted().toList();
        List<String> asking = pages.stream().filter(p -> ASKS_FIRST.matcher(read(p)).find()).map(p -> webapp.relativize(p).toString()).sorted().toList();
        assertFalse(confirming.isEmpty(), "the portal has confirmations");
        assertEquals(confirming, asking, "pages with <p:confirm> and pages that set asksFirst");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
