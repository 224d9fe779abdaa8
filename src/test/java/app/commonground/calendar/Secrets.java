package app.commonground.calendar;

import java.net.URI;

/** The secret in a calendar address ({@code …/calendar/<secret>.ics}), as a calendar app would send it. */
public final class Secrets {

    private Secrets() {
    }

    public static String of(URI address) {
        String file = address.getPath().substring(address.getPath().lastIndexOf('/') + 1);
        return file.substring(0, file.length() - ".ics".length());
    }
}
