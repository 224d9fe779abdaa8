package app.commonground.base.live;

import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * This running app server among the others that share the database: a new id at every start, so what a
 * server wrote about its open screens (presence) or sent to the others (events) can be told apart.
 */
@Component
public class ThisServer {

    private final String id = UUID.randomUUID().toString();

    public String id() {
        return id;
    }
}
