package app.commonground;

import app.commonground.board.BoardService;
import app.commonground.board.ItemDraft;
import app.commonground.board.ItemKind;
import app.commonground.space.SpaceService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.UUID;
import java.util.concurrent.CountDownLatch;

/**
 * The app as {@code ./mvnw} runs it (H2 in a file, demo data), in a process of its own: it saves goals as
 * Alex through the board service, says "saved N" on its output as each save returns, then waits to be killed.
 * Arguments: the data folder and how many goals to save. It never ends by itself: the test kills it.
 */
public final class SavesThenWaits {

    public static final String TITLE = "Saved before the crash ";

    public static void main(String[] args) throws InterruptedException {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run("--server.port=0",
                "--COMMON_GROUND_DATA=" + args[0], "--spring.main.banner-mode=off", "--logging.level.root=warn");
        UserDetails alex = app.getBean(UserDetailsService.class).loadUserByUsername("alex@example.com");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(alex, null, alex.getAuthorities()));
        UUID space = app.getBean(SpaceService.class).mySpaces().getFirst().id();
        BoardService board = app.getBean(BoardService.class);
        for (int number = 1; number <= Integer.parseInt(args[1]); number++) {
            board.add(space, BoardService.Placement.MINE, ItemDraft.idea(ItemKind.GOAL, TITLE + number));
            System.out.println("saved " + number);
        }
        new CountDownLatch(1).await();
    }
}
