package app.commonground.values.ui;

import app.commonground.values.Values;
import com.vaadin.flow.component.HasValidation;

import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/** How each part of the values page takes the person's steps: in the space on screen, one way for all. */
interface Steps {

    UUID spaceId();

    /**
     * Runs a step and shows the page as it now is. Input the service refuses is explained next to these fields
     * and changes nothing; any other refusal is said, and the page shows what changed meanwhile.
     */
    void run(Runnable step, Map<String, ? extends HasValidation> fields);

    /**
     * After each refused step, hands {@code editor} the model now on screen: the person has been told something
     * changed and sees the new version, so what they are changing names the revision they see, and their own
     * words stay in the form for the next save.
     */
    void afterRefusal(Consumer<Values> editor);
}
