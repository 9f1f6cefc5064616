package org.eventscope.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CategoryColorsTest {

    private static List<Category> uncoloured(String... ids) {
        List<Category> out = new ArrayList<>();
        for (String id : ids) {
            out.add(new Category(id, "Synthetic " + id, null));
        }
        return out;
    }

    @Test
    void upToSevenCategoriesWithoutAColourGetSevenDifferentOnesFromThePalette() {
        Map<String, String> colors = CategoryColors.of(uncoloured("a", "b", "c", "d", "e", "f", "g"));
        assertThat(colors.values()).doesNotHaveDuplicates().allMatch(CategoryColors.PALETTE::contains);
    }

    @Test
    void aColourOfTheFileIsKeptAndNotGivenToAnotherCategory() {
        List<Category> categories = new ArrayList<>(uncoloured("a", "b", "c", "d", "e", "f"));
        categories.add(new Category("own", "Synthetic own", "#0072B2"));
        Map<String, String> colors = CategoryColors.of(categories);
        assertThat(colors).containsEntry("own", "#0072B2");
        assertThat(colors.values()).doesNotHaveDuplicates();
    }

    @Test
    void aCategoryKeepsItsColourWhenAnotherIsAddedAfterIt() {
        Map<String, String> before = CategoryColors.of(uncoloured("talks", "statement"));
        Map<String, String> after = CategoryColors.of(uncoloured("talks", "statement", "media"));
        assertThat(after)
                .containsEntry("talks", before.get("talks"))
                .containsEntry("statement", before.get("statement"));
    }
}
