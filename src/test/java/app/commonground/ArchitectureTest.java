package app.commonground;

import app.commonground.activity.ActivityLog;
import app.commonground.activity.Happened;
import app.commonground.space.SpaceMembership;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape the code keeps. Features are the top-level packages (account, space, board, responsibility,
 * negotiation, activity, demo; security and base are what they stand on; page composes them).
 */
class ArchitectureTest {

    private static final JavaClasses CODE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.commonground");

    @Test
    void no_feature_depends_on_a_feature_that_depends_on_it() {
        slices().matching("app.commonground.(*)..").should().beFreeOfCycles().check(CODE);
    }

    @Test
    void the_base_depends_on_no_feature() {
        noClasses().that().resideInAPackage("app.commonground.base..")
                .should().dependOnClassesThat().resideInAnyPackage("app.commonground.account..", "app.commonground.checkin..", "app.commonground.counselling..",
                        "app.commonground.activity..", "app.commonground.board..", "app.commonground.demo..",
                        "app.commonground.negotiation..", "app.commonground.page..",
                        "app.commonground.responsibility..", "app.commonground.security..", "app.commonground.space..",
                        "app.commonground.values..", "app.commonground.reminder..")
                .check(CODE);
    }

    @Test
    void views_never_touch_a_repository() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CODE);
    }

    @Test
    void entities_and_repositories_stay_inside_their_feature() {
        classes().that().areAnnotatedWith(Entity.class).should().notBePublic().check(CODE);
        classes().that().areInterfaces().and().areAssignableTo(Repository.class).should().notBePublic().check(CODE);
    }

    @Test
    void services_and_their_read_models_build_no_screen() {
        noClasses().that().resideOutsideOfPackages("..ui..", "app.commonground.page..")
                .and().doNotHaveSimpleName("Application")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin.flow.component..", "com.vaadin.flow.router..")
                .check(CODE);
    }

    @Test
    void services_and_their_read_models_say_nothing_in_the_screens_words() {
        noClasses().that().resideOutsideOfPackages("..ui..", "app.commonground.page..")
                .should().dependOnClassesThat().resideInAPackage("app.commonground.base.ui..")
                .because("dates, turns and sentences are worded by the screens, in the viewer's time zone")
                .check(CODE);
    }

    @Test
    void the_activity_records_what_happened_never_a_sentence() {
        methods().that().areDeclaredIn(ActivityLog.class).and().haveName("record")
                .should().haveRawParameterTypes(SpaceMembership.class, Happened.class)
                .check(CODE);
    }
}
