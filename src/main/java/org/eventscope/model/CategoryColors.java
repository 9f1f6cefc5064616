package org.eventscope.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The colour of each category: its own when the file gives one, else one of the Okabe–Ito
 * colours, which people with the common forms of colour blindness tell apart. A category's
 * colour follows from its id (so adding a category does not recolour the others) unless an
 * earlier category of the file took it first. The timeline, its overview, the hover card, the
 * filter and the exports all ask here.
 */
public final class CategoryColors {

    /** Okabe & Ito (2008), without black: blue, orange, bluish green, reddish purple, sky blue, vermilion, yellow. */
    static final List<String> PALETTE =
            List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442");

    private CategoryColors() {}

    /** Every category's colour, by id, as {@code #rrggbb} or the file's own CSS colour. */
    public static Map<String, String> of(List<Category> categories) {
        Map<String, String> out = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (Category c : categories) {
            String own = c.color();
            if (own != null) {
                out.put(c.id(), own);
                taken.add(own.toUpperCase(java.util.Locale.ROOT));
            }
        }
        for (Category c : categories) {
            if (c.color() == null) {
                int start = Math.floorMod(c.id().hashCode(), PALETTE.size());
                String pick = PALETTE.get(start);
                for (int step = 0; step < PALETTE.size(); step++) {
                    String candidate = PALETTE.get((start + step) % PALETTE.size());
                    if (!taken.contains(candidate)) {
                        pick = candidate;
                        break;
                    }
                }
                taken.add(pick);
                out.put(c.id(), pick);
            }
        }
        return out;
    }
}
