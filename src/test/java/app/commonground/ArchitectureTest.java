package app.commonground;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The shape the code keeps: views never touch a repository, and a feature's entities and repositories stay
 * inside it. (Features free of cycles and a base that depends on no feature do not hold yet: the base's
 * layout links to the spaces page and its error handling knows features' exceptions.)
 */
class ArchitectureTest {

    private static final JavaClasses CODE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.commonground");

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
}
