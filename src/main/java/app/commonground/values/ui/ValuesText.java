package app.commonground.values.ui;

import app.commonground.base.ui.Dates;
import app.commonground.values.BoundaryKind;
import app.commonground.values.CoreValues;
import app.commonground.values.Feeling;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static app.commonground.base.ui.Texts.t;

/**
 * The words for a boundary's kind, a self-check's feeling, a rank among core values, the title of a negotiation
 * about a boundary and a value from the list people pick from, in the viewer's language.
 */
public final class ValuesText {

    private ValuesText() {
    }

    static String kind(BoundaryKind kind) {
        return switch (kind) {
            case EMOTIONAL -> t("values.kind.emotional");
            case MENTAL -> t("values.kind.mental");
            case PHYSICAL -> t("values.kind.physical");
            case ENERGETIC -> t("values.kind.energetic");
            case TIME -> t("values.kind.time");
            case MATERIAL -> t("values.kind.material");
        };
    }

    static String feeling(Feeling feeling) {
        return switch (feeling) {
            case HEALTHY -> t("values.feeling.healthy");
            case TOO_LOOSE -> t("values.feeling.tooLoose");
            case TOO_RIGID -> t("values.feeling.tooRigid");
        };
    }

    /** Where one partner ranked a value: "Alex 1st", or "Sam not in their five". */
    static String rank(String name, Integer rank) {
        return rank == null ? t("values.reveal.notRanked", name) : t("values.reveal.rank", name, rank);
    }

    /**
     * The title of a negotiation about a boundary, in the asker's language: its kind and the day it opens
     * ("About a time boundary, Dec 7"), never its words.
     */
    public static String talkTitle(BoundaryKind kind, LocalDate day) {
        String boundary = switch (kind) {
            case EMOTIONAL -> t("values.talk.kind.emotional");
            case MENTAL -> t("values.talk.kind.mental");
            case PHYSICAL -> t("values.talk.kind.physical");
            case ENERGETIC -> t("values.talk.kind.energetic");
            case TIME -> t("values.talk.kind.time");
            case MATERIAL -> t("values.talk.kind.material");
        };
        return t("values.talk.title", boundary, talkDay(day));
    }

    /** A day as a negotiation's title names it: "Dec 7", "7 Dec", "7. Dez.". */
    private static String talkDay(LocalDate day) {
        return DateTimeFormatter.ofLocalizedPattern("MMMd").withLocale(Dates.locale()).format(day);
    }

    /**
     * A core or shared value as the viewer reads it: one from the list people pick from (kept by its English
     * name) in the viewer's language, one the person wrote themselves exactly as they wrote it.
     */
    public static String value(String value) {
        String catalogue = catalogue(value);
        return catalogue == null ? value : catalogue;
    }

    /**
     * What a person typed into a value field, as it is kept: the list's value whose name they typed (in their
     * language or in English, letter case aside), else their own words.
     */
    static String typed(String typed) {
        String words = typed == null ? null : typed.strip();
        if (words == null || words.isEmpty()) {
            return typed;
        }
        return CoreValues.CATALOGUE.stream()
                .filter(value -> same(value, words) || same(catalogue(value), words))
                .findFirst().orElse(typed);
    }

    private static boolean same(String one, String other) {
        return one.toLowerCase(Locale.ROOT).equals(other.toLowerCase(Locale.ROOT));
    }

    /** A value of the list in the viewer's language; none for one the person wrote themselves. */
    private static String catalogue(String value) {
        return switch (value) {
            case CoreValues.ADVENTURE -> t("values.catalogue.adventure");
            case CoreValues.AUTONOMY -> t("values.catalogue.autonomy");
            case CoreValues.BALANCE -> t("values.catalogue.balance");
            case CoreValues.BEAUTY -> t("values.catalogue.beauty");
            case CoreValues.CALM -> t("values.catalogue.calm");
            case CoreValues.COMMUNITY -> t("values.catalogue.community");
            case CoreValues.COMPASSION -> t("values.catalogue.compassion");
            case CoreValues.COURAGE -> t("values.catalogue.courage");
            case CoreValues.CREATIVITY -> t("values.catalogue.creativity");
            case CoreValues.CURIOSITY -> t("values.catalogue.curiosity");
            case CoreValues.FAITH -> t("values.catalogue.faith");
            case CoreValues.FAIRNESS -> t("values.catalogue.fairness");
            case CoreValues.FAMILY -> t("values.catalogue.family");
            case CoreValues.FINANCIAL_SECURITY -> t("values.catalogue.financialSecurity");
            case CoreValues.FREEDOM -> t("values.catalogue.freedom");
            case CoreValues.FRIENDSHIP -> t("values.catalogue.friendship");
            case CoreValues.FUN -> t("values.catalogue.fun");
            case CoreValues.GENEROSITY -> t("values.catalogue.generosity");
            case CoreValues.GROWTH -> t("values.catalogue.growth");
            case CoreValues.HEALTH -> t("values.catalogue.health");
            case CoreValues.HOME -> t("values.catalogue.home");
            case CoreValues.HONESTY -> t("values.catalogue.honesty");
            case CoreValues.HUMOUR -> t("values.catalogue.humour");
            case CoreValues.INDEPENDENCE -> t("values.catalogue.independence");
            case CoreValues.INTIMACY -> t("values.catalogue.intimacy");
            case CoreValues.KINDNESS -> t("values.catalogue.kindness");
            case CoreValues.LEARNING -> t("values.catalogue.learning");
            case CoreValues.LOYALTY -> t("values.catalogue.loyalty");
            case CoreValues.NATURE -> t("values.catalogue.nature");
            case CoreValues.OPENNESS -> t("values.catalogue.openness");
            case CoreValues.PATIENCE -> t("values.catalogue.patience");
            case CoreValues.PLAY -> t("values.catalogue.play");
            case CoreValues.RESPECT -> t("values.catalogue.respect");
            case CoreValues.RESPONSIBILITY -> t("values.catalogue.responsibility");
            case CoreValues.SECURITY -> t("values.catalogue.security");
            case CoreValues.SIMPLICITY -> t("values.catalogue.simplicity");
            case CoreValues.SPIRITUALITY -> t("values.catalogue.spirituality");
            case CoreValues.TRADITION -> t("values.catalogue.tradition");
            case CoreValues.TRAVEL -> t("values.catalogue.travel");
            case CoreValues.TRUST -> t("values.catalogue.trust");
            case CoreValues.WORK_THAT_MATTERS -> t("values.catalogue.workThatMatters");
            default -> null;
        };
    }
}
