package org.eventscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.eventscope.io.SheetDateFormat;
import org.eventscope.io.SheetMapping;
import org.eventscope.io.SheetMapping.Field;
import org.eventscope.io.SheetPreview;
import org.eventscope.model.Event;
import org.eventscope.model.EventFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Bringing a spreadsheet of any layout in through the mapping dialog (synthetic sheets only). */
@ExtendWith(ApplicationExtension.class)
class SheetImportDialogTest {

    @TempDir
    Path dir;

    private MainWindow window;
    private final AppPreferences prefs = AppPreferences.none();

    @Start
    void start(Stage stage) {
        org.eventscope.i18n.Messages.setLocale(java.util.Locale.ENGLISH);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        window = new MainWindow(stage, url -> {}, prefs);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(780);
        stage.show();
    }

    private Path sheet() throws Exception {
        return Files.writeString(
                dir.resolve("talks.csv"),
                "Notes;Begins;Headline;Where\r\n"
                        + "Synthetic row;10/01/2022;Talks open (synthetic);Geneva\r\n"
                        + "Synthetic row;13/01/2022;Council meets (synthetic);Vienna\r\n"
                        + "Synthetic row;not a date;Broken row (synthetic);\r\n",
                StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(ComboBox.class);
    }

    @Test
    void aSheetOfAnyLayoutIsMappedOnItsPreviewAndOpensAsANewUnsavedDocument(FxRobot robot) throws Exception {
        Path sheet = sheet();
        robot.interact(() -> window.openFile(sheet));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#sheet-mapping").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        // The preview shows the rows under their column letters and names.
        TableView<?> table = robot.lookup("#sheet-preview").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(3);
        assertThat(table.getColumns())
                .extracting(c -> c.getText())
                .containsExactly("#", "A · Notes", "B · Begins", "C · Headline", "D · Where");

        // Columns whose names say what they hold are chosen; the others wait for the user.
        assertThat(this.<String>combo(robot, "sheet-column-title").getValue()).isEqualTo("Headline");
        assertThat(this.<String>combo(robot, "sheet-column-place").getValue()).isEqualTo("Where");
        assertThat(this.<String>combo(robot, "sheet-column-description").getValue())
                .isEqualTo("Notes");
        assertThat(this.<String>combo(robot, "sheet-column-start").getValue()).isEmpty();
        Button importButton = robot.lookup("#sheet-import").queryButton();
        assertThat(importButton.isDisabled()).isTrue();

        // The start's column is chosen: its dates are told day-first and checked on the preview.
        ComboBox<String> start = combo(robot, "sheet-column-start");
        robot.interact(() -> start.setValue("Begins"));
        assertThat(this.<SheetDateFormat>combo(robot, "sheet-dates").getValue()).isEqualTo(SheetDateFormat.DAY_FIRST);
        assertThat(robot.lookup("#sheet-dates-read").queryAs(Label.class).getText())
                .isEqualTo("2 of 3 dates in the preview read.");
        ListView<String> notRead = robot.lookup("#sheet-not-read").queryListView();
        assertThat(notRead.getItems())
                .containsExactly("Row 4, B (Begins): \"not a date\" is not a date written as Day first (31.12.2022,"
                        + " 31/12/2022 14:30)");
        // A row the import would refuse is already in the preview: the whole import would be refused.
        assertThat(importButton.isDisabled()).isTrue();

        // Month-first reads 13/01/2022 as no date at all: the preview says so at once.
        ComboBox<SheetDateFormat> dates = combo(robot, "sheet-dates");
        robot.interact(() -> dates.setValue(SheetDateFormat.MONTH_FIRST));
        assertThat(notRead.getItems()).hasSize(2).anyMatch(s -> s.startsWith("Row 3, B (Begins):"));
        robot.interact(() -> dates.setValue(SheetDateFormat.DAY_FIRST));

        // Mended, the sheet imports; its mapping is remembered for the next sheet with this header.
        robot.interact(() -> importButton.getScene().getWindow().hide());
        Files.writeString(sheet, Files.readString(sheet).replace("not a date", "14/01/2022"));
        robot.interact(() -> window.openFile(sheet));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#sheet-mapping").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<String> startAgain = combo(robot, "sheet-column-start");
        robot.interact(() -> startAgain.setValue("Begins"));
        assertThat(robot.lookup("#sheet-not-read").queryListView().getItems()).isEmpty();
        robot.clickOn("#sheet-import");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.model().getDocument() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(prefs.sheetMapping(List.of("Notes", "Begins", "Headline", "Where")))
                .get()
                .extracting(m -> m.column(Field.START), SheetMapping::dates)
                .containsExactly("Begins", SheetDateFormat.DAY_FIRST);

        Document opened = window.model().getDocument();
        // A new document: saving it asks where, and writes an Eventscope event file.
        assertThat(opened.imported()).isTrue();
        EventFile file = opened.file();
        assertThat(file.events())
                .extracting(Event::title)
                .containsExactly("Talks open (synthetic)", "Council meets (synthetic)", "Broken row (synthetic)");
        assertThat(file.events())
                .extracting(e -> e.start().text())
                .containsExactly("2022-01-10", "2022-01-13", "2022-01-14");
        assertThat(file.events().get(0).place()).isEqualTo("Geneva");
        assertThat(file.events().get(0).description()).isEqualTo("Synthetic row");

        // Read again (Reload, a change on disk), the sheet is read by the mapping it was imported with.
        java.util.concurrent.atomic.AtomicReference<javafx.concurrent.Task<?>> again =
                new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> again.set(window.model().reopen(sheet)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> again.get().isDone());
        assertThat(((org.eventscope.io.EventFileReader.LoadResult) again.get().get()).errors())
                .isEmpty();

        // File ▸ Export data… writes the imported timeline back out as TimelineJS's sheet, in the background.
        Path back = dir.resolve("talks-timelinejs.xlsx");
        robot.interact(() -> window.exportData(file, back));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#status")
                        .queryAs(org.controlsfx.control.StatusBar.class)
                        .getText()
                        .startsWith("3 events written to"));
        assertThat(org.eventscope.io.EventFileReader.read(back).file().events())
                .extracting(Event::title)
                .containsExactly("Talks open (synthetic)", "Council meets (synthetic)", "Broken row (synthetic)");
    }

    @Test
    void aSheetInAnotherEncodingIsReadAgainInTheOneChosenAndTheMappingSavesForTheCommandLine(FxRobot robot)
            throws Exception {
        Path cp1251 = Files.write(
                dir.resolve("cyrillic.csv"),
                "Дата;Подія\r\n10.01.2022;Переговори (синтетичні)\r\n"
                        .getBytes(java.nio.charset.Charset.forName("windows-1251")));
        SheetPreview first = SheetPreview.read(cp1251, null, SheetImportDialog.PREVIEW_ROWS);
        assertThat(first.problem()).isNotNull();
        SheetImportDialog d = WaitForAsyncUtils.asyncFx(
                        () -> SheetImportDialog.of(window.stage(), cp1251, first, prefs))
                .get();
        robot.interact(() -> d.dialog().show());
        Label status = robot.lookup("#sheet-status").queryAs(Label.class);
        assertThat(status.getText())
                .startsWith("invalid UTF-8 at byte offset 0")
                .endsWith("choose the sheet's encoding above: windows-1251 for Cyrillic, windows-1252 for Western"
                        + " European.")
                .contains("the sheet is not UTF-8 text")
                .doesNotContain("event file");
        assertThat(robot.lookup("#sheet-import").queryButton().isDisabled()).isTrue();
        // Nothing read: no rows to map, and no claim that every row reads.
        assertThat(((Label) robot.lookup("#sheet-preview")
                                .queryAs(javafx.scene.control.TableView.class)
                                .getPlaceholder())
                        .getText())
                .isEqualTo("The sheet could not be read: see why above.");
        assertThat(robot.lookup("#sheet-mapping").query().isDisabled()).isTrue();
        assertThat(((Label) robot.lookup("#sheet-not-read")
                                .queryAs(javafx.scene.control.ListView.class)
                                .getPlaceholder())
                        .getText())
                .isEmpty();

        ComboBox<String> encoding = combo(robot, "sheet-encoding");
        robot.interact(() -> encoding.setValue("windows-1251"));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> "Дата"
                        .equals(this.<String>combo(robot, "sheet-column-start").getValue()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(this.<String>combo(robot, "sheet-column-title").getValue()).isEqualTo("Подія");
        assertThat(robot.lookup("#sheet-import").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#sheet-mapping").query().isDisabled()).isFalse();

        Path saved = dir.resolve("cyrillic.mapping.json");
        robot.interact(() -> d.saveMapping(saved));
        assertThat(Files.readString(saved))
                .contains("\"start\" : \"Дата\"")
                .contains("\"title\" : \"Подія\"")
                .contains("\"dates\" : \"day-first\"");
        assertThat(status.getText()).isEqualTo("Mapping saved to " + saved + ".");
        robot.interact(() -> d.dialog().close());
    }
}
