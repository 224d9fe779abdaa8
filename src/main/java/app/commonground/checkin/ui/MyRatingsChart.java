package app.commonground.checkin.ui;

import app.commonground.base.ui.Dates;
import app.commonground.base.ui.InPlace;
import app.commonground.base.ui.Texts;
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

import static app.commonground.base.ui.Texts.t;

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
        Texts.bind(details, "summary", () -> t("checkin.chart.summary"), details::setSummaryText);
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
            Paragraph note = Texts.text(new Paragraph(), "checkin.chart.notYet");
            note.addClassName("cg-note");
            InPlace.children(content, note);
            return;
        }
        Svg chart = new Svg();
        Texts.bind(chart, "svg", () -> svg(ratings), chart::setSvg);
        chart.addClassName("cg-chart");
        Span connected = Texts.text(new Span(), "checkin.chart.connection");
        connected.addClassName("cg-chart-connection");
        Span showedUp = Texts.text(new Span(), "checkin.chart.showedUp");
        showedUp.addClassName("cg-chart-showed-up");
        Paragraph range = Texts.text(new Paragraph(), () -> t("checkin.chart.range",
                Dates.day(ratings.getFirst().startedAt()), Dates.day(ratings.getLast().startedAt())));
        range.addClassName("cg-note");
        InPlace.children(content, chart, new Div(connected, showedUp), range);
    }

    /** The chart: numbers only (no text from anyone, its name from the messages, escaped), so it is safe as markup. */
    static String svg(List<MyRatings> ratings) {
        return "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 " + WIDTH + " " + HEIGHT + "' role='img' "
                + "aria-label='" + attribute(t("checkin.chart.aria")) + "'>"
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

    /** Words as the value of a markup attribute in single quotes. */
    private static String attribute(String words) {
        return words.replace("&", "&amp;").replace("<", "&lt;").replace("'", "&#39;").replace("\"", "&quot;");
    }

    private static double x(int index, int count) {
        return LEFT + (double) index * (WIDTH - LEFT - PAD) / (count - 1);
    }

    private static double y(int value) {
        return HEIGHT - PAD - (value - 1) * (HEIGHT - 2.0 * PAD) / 9;
    }
}
