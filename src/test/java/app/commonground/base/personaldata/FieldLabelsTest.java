package app.commonground.base.personaldata;

import app.commonground.base.i18n.Messages;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every field the readable copy of an export shows has a label in every language; a field without one is refused. */
class FieldLabelsTest {

    private final Messages messages = new Messages();

    @Test
    void every_field_of_every_record_the_readable_copy_shows_has_a_label_in_every_language() {
        List<Class<?>> shown = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.commonground").stream()
                .filter(type -> type.getEnclosingClass().filter(outer -> outer.isAssignableTo(PersonalData.class)
                        && !outer.isEquivalentTo(PersonalData.class)).isPresent())
                .map(JavaClass::reflect)
                .filter(Class::isRecord)
                .filter(record -> !PersonalData.InWords.class.isAssignableFrom(record))
                .toList();
        assertThat(shown).as("the records of the export").hasSizeGreaterThan(20);

        for (Class<?> record : shown) {
            Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName)
                    .filter(field -> !field.equals("id") && !field.endsWith("Id"))
                    .forEach(field -> {
                        String key = FieldLabels.key(field);
                        for (Locale language : Messages.LANGUAGES) {
                            assertThat(messages.keys(language)).as(record.getName() + "." + field + " in " + language)
                                    .contains(key);
                        }
                    });
        }
    }

    @Test
    void a_field_without_a_label_is_refused_rather_than_shown_by_its_name_in_the_code() {
        assertThatThrownBy(() -> FieldLabels.key("somethingNew")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("somethingNew");
        assertThat(messages.getTranslation(FieldLabels.key("createdAt"), Locale.ENGLISH)).isEqualTo("Created at");
        assertThat(messages.getTranslation(FieldLabels.key("createdAt"), Locale.GERMAN)).isEqualTo("Erstellt am");
    }
}
