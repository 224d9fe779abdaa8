package app.commonground;

import app.commonground.board.BoardService;
import app.commonground.board.ItemDraft;
import app.commonground.board.ItemKind;
import app.commonground.negotiation.NegotiationService;
import app.commonground.negotiation.NewNegotiation;
import app.commonground.responsibility.Area;
import app.commonground.responsibility.Cadence;
import app.commonground.responsibility.ResponsibilityDraft;
import app.commonground.responsibility.ResponsibilityService;
import app.commonground.space.ReadOnlyAccessException;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Walks every public method of the board, responsibility and negotiation services and calls each one that
 * is not a read as the couple's counsellor: every one must be refused by the service itself. A method
 * added later without the check fails this test.
 */
@IntegrationTest
class CounsellorChangesNothingTest {

    private static final Map<Class<?>, Set<String>> READS = Map.of(
            BoardService.class, Set.of("board", "item"),
            ResponsibilityService.class, Set.of("list", "responsibility"),
            NegotiationService.class, Set.of("list", "negotiation", "caseCounts"));

    @Autowired
    BoardService board;
    @Autowired
    ResponsibilityService responsibilities;
    @Autowired
    NegotiationService negotiations;
    @Autowired
    TestPeople people;

    @Test
    void every_changing_method_of_every_feature_refuses_a_counsellor() throws Exception {
        TestPeople.Couple couple = people.newCouple();
        UUID item = people.as(couple.first(), () -> board.add(couple.spaceId(), BoardService.Placement.SHARED,
                ItemDraft.idea(ItemKind.GOAL, "Shared goal")).id());
        UUID responsibility = people.as(couple.first(), () -> responsibilities.propose(couple.spaceId(),
                new ResponsibilityDraft("Laundry", Area.HOUSEHOLD, null, Cadence.WEEKLY, "Folded", 30, null)).id());
        UUID negotiation = people.as(couple.first(), () -> negotiations.open(couple.spaceId(),
                new NewNegotiation("Weekends", null)));
        Map<Object, UUID> ids = Map.of(board, item, responsibilities, responsibility, negotiations, negotiation);

        List<String> checked = new ArrayList<>();
        for (Object service : List.of(board, responsibilities, negotiations)) {
            Class<?> type = AopUtils.getTargetClass(service);
            assertThat(Arrays.stream(type.getDeclaredMethods()).map(Method::getName))
                    .as("the reads named for %s still exist", type.getSimpleName())
                    .containsAll(READS.get(type));
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())
                        || method.isSynthetic() || READS.get(type).contains(method.getName())) {
                    continue;
                }
                Object[] arguments = Arrays.stream(method.getParameters())
                        .map(parameter -> sample(parameter, couple.spaceId(), ids.get(service))).toArray();
                Throwable refusal = people.as(couple.counsellor(), () -> {
                    try {
                        method.invoke(service, arguments);
                        return null;
                    } catch (InvocationTargetException e) {
                        return e.getCause();
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                });
                assertThat(refusal).as("%s.%s as a counsellor", type.getSimpleName(), method.getName())
                        .isInstanceOf(ReadOnlyAccessException.class);
                checked.add(type.getSimpleName() + "." + method.getName());
            }
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(25);
    }

    private static Object sample(Parameter parameter, UUID spaceId, UUID ownId) {
        Class<?> type = parameter.getType();
        if (type == UUID.class) {
            return switch (parameter.getName()) {
                case "spaceId" -> spaceId;
                case "optionId" -> UUID.randomUUID();
                default -> ownId;
            };
        }
        if (type == int.class || type == Integer.class) {
            return 5;
        }
        if (type == boolean.class) {
            return true;
        }
        if (type == String.class) {
            return "text";
        }
        if (type == List.class) {
            return List.of("text");
        }
        if (type == LocalDate.class) {
            return LocalDate.now().plusDays(7);
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == ItemDraft.class) {
            return ItemDraft.idea(ItemKind.GOAL, "text");
        }
        if (type == ResponsibilityDraft.class) {
            return new ResponsibilityDraft("text", Area.OTHER, null, Cadence.WEEKLY, "done", 5, null);
        }
        if (type == NewNegotiation.class) {
            return new NewNegotiation("text", null);
        }
        return fail("Add a sample value for %s (parameter %s)", type.getName(), parameter.getName());
    }
}
