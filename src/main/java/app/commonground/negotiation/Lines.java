package app.commonground.negotiation;

import java.util.Arrays;
import java.util.List;

/** Short items kept one per line in a text column. */
final class Lines {

    private Lines() {
    }

    static String join(List<String> items) {
        return items.isEmpty() ? null : String.join("\n", items);
    }

    static List<String> split(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }
}
