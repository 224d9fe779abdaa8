package app.commonground.base.personaldata;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * One feature's part of a person's export ("Download my data"): what they wrote there or what is about them,
 * never another person's private text. Each feature has one, next to what it does when a partner leaves and
 * when an account is deleted; beans are taken in their {@code @Order}.
 */
public interface PersonalData {

    /** The feature's kinds of records, each a file of the export. */
    List<Section> sections();

    /**
     * One kind of record.
     *
     * @param file  the file's name in the export, without ".json"
     * @param title the message key of the heading of its part of the readable copy (and of its line in the README),
     *              said in the language of the person who downloads it
     * @param rows  writes every record of this kind for the person, one at a time, as read (never all at once)
     */
    record Section(String file, String title, Rows rows) {
    }

    /**
     * A record that the readable copy ({@code my-data.html}) says in words: the copy shows the record this returns
     * ("proposals, hand-overs", "22:00"), in the words {@code say} gives in the reader's language, while the JSON
     * keeps the record as stored, for machines.
     */
    interface InWords {
        Record inWords(Words say);
    }

    /** The words of a message in the language of the person who downloads the export, its arguments put in. */
    @FunctionalInterface
    interface Words {
        String say(String key, Object... args);
    }

    /** Streams a person's records of one kind to {@code out}: records (Java records) whose fields are simple values. */
    @FunctionalInterface
    interface Rows {
        void write(UUID personId, Consumer<Record> out);
    }
}
