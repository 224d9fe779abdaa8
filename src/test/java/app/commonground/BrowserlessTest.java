package app.commonground;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A view test with as many browserless people as it needs, against the whole application. */
@IntegrationTest
public abstract class BrowserlessTest {

    @Autowired
    protected TestPeople people;
    @Autowired
    private ApplicationContext context;

    protected BrowserlessUsers users;

    @BeforeEach
    void openApplication() {
        users = new BrowserlessUsers(context, people);
    }

    @AfterEach
    void closeApplication() {
        users.close();
    }
}
