package app.commonground.checkin.ui;

import app.commonground.base.ui.Dates;
import app.commonground.base.ui.InPlace;
import app.commonground.checkin.CheckinService;
import app.commonground.checkin.CheckinViews.MyRatings;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The viewer's own connection and self-rating over their check-ins, as a small line chart that only they see:
 * read when they open it, never pushed, never compared with their partner's.
 */
class MyRatingsChart extends Composite<Details> {

    private static final int WIDTH = 320;
    private static final int HEIGHT = 120;
    private static final int PAD = 14;
    private static final int LEFT = 30;

    private final CheckinService service;
    private final Div content = new Div();
    private UUID spaceId;

    MyRatingsChart(CheckinService service) {
        this.service = service;
        Details details = getContent();
        details.setSummaryText("My check-ins over time (only you see this)");
        details.setId("checkin-my-chart");
        details.addClassName("cg-checkin-chart");
        details.add(content);
        details.addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                draw();
            }
        });
    }

    void follow(UUID spaceId) {
        this.spaceId = spaceId;
    }

    private void draw() {
        List<MyRatings> ratings = service.myRatings(spaceId).stream()
                .filter(r -> r.connection() != null && r.showedUp() != null).toList();
        if (ratings.size() < 2) {
            Paragraph note = new Paragraph("After two check-ins, you will see here how connected you felt and how you "
                    + "showed up, week by week.");
            note.addClassName("cg-note");
            InPlace.children(content, note);
            return;
        }
        Svg chart = new Svg(svg(ratings));
        chart.addClassName("cg-chart");
        Span connected = new Span("— how connected I felt");
        connected.addClassName("cg-chart-connection");
        Span showedUp = new Span("— how I showed up");
        showedUp.addClassName("cg-chart-showed-up");
        Paragraph range = new Paragraph(Dates.day(ratings.getFirst().startedAt()) + " to "
                + Dates.day(ratings.getLast().startedAt()));
        range.addClassName("cg-note");
        InPlace.children(content, chart, new Div(connected, showedUp), range);
    }

    /** The chart: numbers only (no text from anyone), so it is safe as markup. */
    static String svg(List<MyRatings> ratings) {
        return "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 " + WIDTH + " " + HEIGHT + "' role='img' "
                + "aria-label='My ratings over time'>"
                + IntStream.rangeClosed(1, 10).filter(v -> v == 1 || v == 5 || v == 10)
                .mapToObj(v -> "<line x1='" + LEFT + "' x2='" + (WIDTH - PAD) + "' y1='" + y(v) + "' y2='" + y(v)
                        + "' class='cg-chart-grid'/><text x='" + (LEFT - 8) + "' y='" + (y(v) + 4)
                        + "' text-anchor='end' class='cg-chart-label'>" + v + "</text>")
                .collect(Collectors.joining())
                + line(ratings, MyRatings::connection, "cg-chart-connection")
                + line(ratings, MyRatings::showedUp, "cg-chart-showed-up")
                + "</svg>";
    }

    private static String line(List<MyRatings> ratings, Function<MyRatings, Integer> value, String className) {
        String points = IntStream.range(0, ratings.size())
                .mapToObj(i -> String.format(Locale.ROOT, "%.1f,%.1f", x(i, ratings.size()), y(value.apply(ratings.get(i)))))
                .collect(Collectors.joining(" "));
        return "<polyline fill='none' class='" + className + "' points='" + points + "'/>";
    }

    private static double x(int index, int count) {
        return LEFT + (double) index * (WIDTH - LEFT - PAD) / (count - 1);
    }

    private static double y(int value) {
        return HEIGHT - PAD - (value - 1) * (HEIGHT - 2.0 * PAD) / 9;
    }
}
