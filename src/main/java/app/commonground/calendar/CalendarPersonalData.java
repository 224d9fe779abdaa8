package app.commonground.calendar;

import app.commonground.base.personaldata.Columns;
import app.commonground.base.personaldata.PersonalData;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/** Whether the person's calendar address is on, in their export: never the address itself (it goes with the account). */
@Component
@Order(11)
class CalendarPersonalData implements PersonalData {

    /** The person's calendar address is on, since this moment. */
    record CalendarAddressRecord(Instant madeAt) {
    }

    private final JdbcClient jdbc;

    CalendarPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Section> sections() {
        return List.of(new Section("calendar-address", "export.section.calendarAddress", (me, out) -> jdbc
                .sql("select created_at from calendar_feed where account_id = :me").param("me", me)
                .query((RowCallbackHandler) row -> out.accept(new CalendarAddressRecord(Columns.instant(row, "created_at"))))));
    }
}
