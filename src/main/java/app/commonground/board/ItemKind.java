package app.commonground.board;

/** What an item on the board is. */
public enum ItemKind {
    GOAL("goal"),
    HOBBY("hobby");

    private final String word;

    ItemKind(String word) {
        this.word = word;
    }

    /** The kind as a word in a sentence: "goal", "hobby". */
    public String word() {
        return word;
    }
}
