package org.eventscope.app;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.eventscope.i18n.Messages;
import org.eventscope.model.Category;
import org.eventscope.model.EventFile;
import org.eventscope.model.EventFilter;
import org.jspecify.annotations.Nullable;

/**
 * The row above the timeline: a search field, the categories to show, "Hide others" and the
 * count of matches. Its {@link #filterProperty() filter} is the events to show ({@code null}: all).
 */
final class FilterBar extends HBox {

    private final TextField search = new TextField();
    private final CheckComboBox<Category> categories = new CheckComboBox<>();
    private final ToggleButton hideOthers = new ToggleButton(Messages.get("filter.hideOthers"));
    private final Label matchCount = new Label();
    private final ReadOnlyObjectWrapper<EventFilter> filter = new ReadOnlyObjectWrapper<>(this, "filter");
    private Runnable leave = () -> {};

    /**
     * Above this many events a search waits for a pause in the typing (or Enter): each search
     * reads every event's texts (about 0.1-0.3 s a million events), too long to run at every key.
     */
    static final int SEARCH_PAUSE_ABOVE = 100_000;

    /** The pause in the typing after which a search of a big file runs. */
    static final Duration SEARCH_PAUSE = Duration.millis(300);

    private final javafx.animation.PauseTransition typing = new javafx.animation.PauseTransition(SEARCH_PAUSE);
    private int events;

    /** Room for "1,000,000 of 1,000,000 events" in either language. */
    private static final double MATCH_COUNT_WIDTH = 190;

    /** @param searchKeys the shortcut that moves the keyboard here, named in the prompt */
    FilterBar(@Nullable KeyCombination searchKeys) {
        super(8);
        search.setId("search");
        search.setPromptText(
                Messages.get("filter.search") + (searchKeys == null ? "" : " (" + searchKeys.getDisplayText() + ")"));
        search.setPrefColumnCount(22);
        search.setMinWidth(120);
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
                searchNow();
                leave.run();
            } else if (e.getCode() == KeyCode.ENTER) {
                searchNow();
                leave.run();
            }
        });
        categories.setId("category-filter");
        categories.setTitle(Messages.get("filter.categories"));
        // The count is written into the title here: the control's own count is not redrawn when its items change.
        categories.setShowCheckedCount(false);
        categories.setConverter(new StringConverter<>() {
            @Override
            public String toString(Category c) {
                return c == null ? "" : c.name();
            }

            @Override
            public @Nullable Category fromString(String s) {
                return null;
            }
        });
        hideOthers.setId("hide-others");
        hideOthers.setTooltip(new Tooltip(Messages.get("filter.hideOthers.tip")));
        matchCount.setId("match-count");
        matchCount.getStyleClass().add("text-muted");
        typing.setOnFinished(e -> update());
        search.textProperty().addListener(o -> {
            if (events > SEARCH_PAUSE_ABOVE) {
                typing.playFromStart();
            } else {
                update();
            }
        });
        categories.getCheckModel().getCheckedItems().addListener((ListChangeListener<Category>) c -> update());
        for (Region r : List.of(hideOthers, categories)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        // The count keeps its room while empty, so its text appearing narrows nothing else.
        matchCount.setMinWidth(MATCH_COUNT_WIDTH);
        matchCount.setPrefWidth(MATCH_COUNT_WIDTH);
        matchCount.setAlignment(Pos.CENTER_RIGHT);
        // The count stands at the right end, so its text appearing moves nothing else.
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(search, categories, hideOthers, gap, matchCount);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 8, 6, 8));
        getStyleClass().add("filter-bar");
    }

    /** The text typed in the search field. */
    javafx.beans.property.ReadOnlyStringProperty searchTextProperty() {
        return search.textProperty();
    }

    /** The events to show, or {@code null} for all of them. */
    ReadOnlyObjectProperty<EventFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    /** True when events that do not match are hidden rather than dimmed. */
    ReadOnlyBooleanProperty hideOthersProperty() {
        return hideOthers.selectedProperty();
    }

    /** What Esc and Enter in the search field do after their own work (move to the timeline). */
    void setOnLeave(Runnable leave) {
        this.leave = leave;
    }

    /**
     * A document's categories, all checked but those of the same ids the user unchecked (an edit
     * keeps the filter; a new category is shown); the search stays.
     */
    void setFile(EventFile file) {
        events = file.events().size();
        settingFile = true;
        try {
            takeCategories(file);
        } finally {
            settingFile = false;
        }
        update();
    }

    private boolean settingFile;

    private void takeCategories(EventFile file) {
        java.util.Set<String> unchecked = new java.util.HashSet<>();
        for (Category c : categories.getItems()) {
            if (!categories.getCheckModel().isChecked(c)) {
                unchecked.add(c.id());
            }
        }
        categories.getCheckModel().clearChecks();
        categories.getItems().setAll(file == null ? List.of() : file.categories());
        for (Category c : categories.getItems()) {
            if (!unchecked.contains(c.id())) {
                categories.getCheckModel().check(c);
            }
        }
        categories.setDisable(categories.getItems().isEmpty());
    }

    /** Forgets what was unchecked: a newly opened document shows all its categories. */
    void reset(EventFile file) {
        settingFile = true;
        try {
            categories.getCheckModel().clearChecks();
            categories.getItems().clear();
            takeCategories(file);
        } finally {
            settingFile = false;
        }
        update();
    }

    /** Shows how many of {@code file}'s events match. */
    void showMatches(@Nullable EventFile file, int matches) {
        matchCount.setText(MainViewModel.matchText(file, filter.get(), matches));
    }

    /** Puts the keyboard in the search field. */
    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /**
     * The control draws its title when its checks change, not when the title does: a check
     * taken back and given again (or, without categories, the checks cleared) draws it anew.
     */
    private void redrawTitle() {
        settingFile = true;
        try {
            var checks = categories.getCheckModel();
            if (categories.getItems().isEmpty()) {
                checks.clearChecks();
            } else {
                Category first = categories.getItems().get(0);
                boolean was = checks.isChecked(first);
                if (was) {
                    checks.clearCheck(first);
                    checks.check(first);
                } else {
                    checks.check(first);
                    checks.clearCheck(first);
                }
            }
        } finally {
            settingFile = false;
        }
    }

    /** Runs a search still waiting for a pause in the typing. */
    private void searchNow() {
        if (typing.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            typing.stop();
            update();
        }
    }

    private void update() {
        typing.stop();
        if (settingFile) {
            return; // one filter for the new categories, not one for each check on the way
        }
        String title = Messages.get(
                "filter.categoriesCount",
                String.valueOf(categories.getCheckModel().getCheckedItems().size()),
                String.valueOf(categories.getItems().size()));
        if (!title.equals(categories.getTitle())) {
            categories.setTitle(title);
            redrawTitle();
        }
        filter.set(MainViewModel.filter(
                search.getText(),
                categories.getItems(),
                categories.getCheckModel().getCheckedItems()));
    }
}
